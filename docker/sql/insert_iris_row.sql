-- One random iris row, within the ranges of the real iris data set; the data generator
-- runs this once a second.
INSERT INTO iris_data (timestamp, sepal_length, sepal_width, petal_length, petal_width, target)
VALUES (
    now(),
    round((4.3 + random() * 3.6)::numeric, 1),
    round((2.0 + random() * 2.4)::numeric, 1),
    round((1.0 + random() * 5.9)::numeric, 1),
    round((0.1 + random() * 2.4)::numeric, 1),
    floor(random() * 3)::int
);
