enum TelemetryCoreModule {}
