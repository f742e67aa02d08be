enum CoachingModule {}
