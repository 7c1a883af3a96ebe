package io.ferry.connect.postgres;

/** What a failed database call means for the records being written. */
public enum ErrorKind {
    /** The environment hiccuped (lost connection, deadlock, shutdown): the same write may succeed later. */
    RETRIABLE,
    /** This record's data is unacceptable (SQLState classes 22 and 23): other records may still be written. */
    DATA,
    /** Anything else (missing table or privilege, disk full, bad SQL): writing cannot go on. */
    FATAL
}
