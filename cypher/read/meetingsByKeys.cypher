// Meetings by key (batched).
// params: $keys (list of meeting keys)
// returns: rows {meeting: {key, name, level, anonymized}}
UNWIND $keys AS key
MATCH (mt:Meeting {key: key})
RETURN mt {.key, .name, .level, .anonymized} AS meeting
