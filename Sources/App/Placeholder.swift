enum AppModule {}
