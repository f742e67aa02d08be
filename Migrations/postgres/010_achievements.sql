-- Achievements (platform.md §8, §13.4): the 18 badge definitions of §8.1 in catalogue order (`position`), seeded here,
-- and one row per user and badge unlocked (unique, so two evaluations racing insert it once). Keep in step with
-- Migrations/sqlite/010_achievements.sql.

CREATE TABLE achievement_definitions (
    id text PRIMARY KEY,
    position integer NOT NULL UNIQUE,
    name text NOT NULL,
    description text NOT NULL,
    criteria_type text NOT NULL
        CHECK (criteria_type IN ('session_count', 'total_laps', 'score_threshold', 'track_count', 'all_grades_a',
                                 'all_grades_b_plus', 'all_trail_grades_a')),
    criteria_value double precision NOT NULL,
    tier text NOT NULL CHECK (tier IN ('bronze', 'silver', 'gold', 'platinum')),
    icon text NOT NULL,
    category text NOT NULL DEFAULT 'milestones'
);

CREATE TABLE user_achievements (
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    achievement_id text NOT NULL REFERENCES achievement_definitions (id) ON DELETE CASCADE,
    session_id text NULL,
    unlocked_at timestamptz NOT NULL,
    is_new smallint NOT NULL DEFAULT 1 CHECK (is_new IN (0, 1)),
    PRIMARY KEY (user_id, achievement_id)
);

CREATE INDEX user_achievements_new_idx ON user_achievements (user_id) WHERE is_new = 1;

INSERT INTO achievement_definitions (id, position, name, description, criteria_type, criteria_value, tier, icon, category)
VALUES
    ('first_session', 1, 'First Laps', 'Upload your first session', 'session_count', 1, 'bronze', 'trophy', 'milestones'),
    ('five_sessions', 2, 'Regular', 'Upload 5 sessions', 'session_count', 5, 'bronze', 'calendar', 'milestones'),
    ('track_rat_10', 3, 'Track Rat', 'Upload 10 sessions', 'session_count', 10, 'silver', 'flame', 'milestones'),
    ('track_veteran', 4, 'Track Veteran', 'Upload 25 sessions', 'session_count', 25, 'gold', 'award', 'milestones'),
    ('track_addict', 5, 'Track Addict', 'Upload 50 sessions', 'session_count', 50, 'platinum', 'crown', 'milestones'),
    ('century_laps', 6, 'Century', 'Drive 100 laps in total', 'total_laps', 100, 'bronze', 'repeat', 'laps'),
    ('laps_250', 7, 'Quarter Thousand', 'Drive 250 laps in total', 'total_laps', 250, 'silver', 'layers', 'laps'),
    ('laps_500', 8, '500 Club', 'Drive 500 laps in total', 'total_laps', 500, 'gold', 'hash', 'laps'),
    ('laps_1000', 9, 'Iron Lapper', 'Drive 1,000 laps in total', 'total_laps', 1000, 'platinum', 'infinity', 'laps'),
    ('consistent_driver', 10, 'Getting Dialed In', 'Reach a session consistency score of 70', 'score_threshold', 70, 'bronze', 'gauge', 'consistency'),
    ('consistency_king', 11, 'Consistency King', 'Reach a session consistency score of 85', 'score_threshold', 85, 'silver', 'target', 'consistency'),
    ('metronomic', 12, 'Metronomic', 'Reach a session consistency score of 90', 'score_threshold', 90, 'gold', 'crosshair', 'consistency'),
    ('brake_master', 13, 'Brake Master', 'Earn an A for braking in every braked corner of a session''s report', 'all_grades_a', 0, 'gold', 'zap', 'braking'),
    ('smooth_operator', 14, 'Smooth Operator', 'Earn B+ or better for trail braking in every graded corner of a session''s report', 'all_grades_b_plus', 0, 'silver', 'wind', 'trail_braking'),
    ('trail_wizard', 15, 'Trail Wizard', 'Earn an A for trail braking in every graded corner of a session''s report', 'all_trail_grades_a', 0, 'gold', 'sparkles', 'trail_braking'),
    ('multi_track', 16, 'Track Explorer', 'Drive 3 different tracks', 'track_count', 3, 'bronze', 'map-pin', 'exploration'),
    ('globetrotter', 17, 'Globetrotter', 'Drive 5 different tracks', 'track_count', 5, 'silver', 'compass', 'exploration'),
    ('track_nomad', 18, 'Track Nomad', 'Drive 10 different tracks', 'track_count', 10, 'gold', 'globe', 'exploration');
