enum AuthJSModule {}
