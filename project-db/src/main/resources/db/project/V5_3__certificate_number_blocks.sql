-- Certificate numbers are drawn in blocks (issue 4): a relay node takes the next block of numbers
-- with one short transaction and stamps them without a round trip each. The counter starts above
-- every number drawn from certificate_number's identity before, so no number of the day repeats;
-- certificate_number itself is no longer written. A node that stops leaves the rest of its block
-- unused (a gap), and numbers from two nodes interleave: unique, not in issue order.
CREATE TABLE certificate_number_counter (
  id INTEGER NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
);

INSERT INTO certificate_number_counter (id, next_value)
  SELECT 1, COALESCE(MAX(id), 0) + 1 FROM certificate_number;
