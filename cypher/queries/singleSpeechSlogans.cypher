// Slogans found in only one speech: local formulas or one-off coinages worth a look.
// Parameters: none.
// Returns: slogan, kind, mentions (in that speech), speech (title), id; ORDER BY mentions DESC, slogan.
MATCH (s:Slogan)<-[m:MENTIONS]-(sp:Speech)
WITH s, collect({m: m, sp: sp}) AS uses
WHERE size(uses) = 1
WITH s, uses[0].m AS m, uses[0].sp AS sp
RETURN s.name AS slogan, s.kind AS kind, m.count AS mentions, sp.title AS speech, sp.id AS id
ORDER BY mentions DESC, slogan
