// How one slogan (canonical or variant name) spread over the places of one level: every place of
// the level (inside $within when given) with the speeches from it or from inside it, and, for the
// places some of whose speeches use the slogan, the first use among them (earliest delivery date in
// ISO order, every speech of that date); and the candidate origins: the first use by speeches one
// level up (inside $within unless that level is central), and the first central use.
// Parameters: $name (slogan, canonical or variant), $level (place level: provincial, city, county,
//   township), $upLevel (the level above, central for provincial), $within (place code or null).
// Returns: no row when $name is no slogan; else one row: name (canonical),
//   places: [{code, name, speeches, dated}] by code,
//   users: [{code, date (null when only undated speeches use it), speeches (ids of that date), undated}],
//   up, central: {date, speeches} (date null when no dated speech there uses it).
CALL () {
  OPTIONAL MATCH (direct:Slogan {name: $name})
  OPTIONAL MATCH (:SloganVariant {name: $name})-[:VARIANT_OF]->(viaVariant:Slogan)
  RETURN coalesce(direct, viaVariant) AS s LIMIT 1
}
WITH s WHERE s IS NOT NULL
CALL () {
  MATCH (p:Place {level: $level})
  WHERE $within IS NULL OR EXISTS { MATCH (p)-[:PART_OF*0..]->(:Place {code: $within}) }
  CALL (p) {
    OPTIONAL MATCH (sp:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(p)
    RETURN count(sp) AS speeches, count(sp.date) AS dated
  }
  WITH p, speeches, dated ORDER BY p.code
  RETURN collect({code: p.code, name: p.name, speeches: speeches, dated: dated}) AS places
}
CALL (s) {
  MATCH (sp:Speech)-[:MENTIONS]->(s)
  MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(p:Place {level: $level})
  WHERE $within IS NULL OR EXISTS { MATCH (p)-[:PART_OF*0..]->(:Place {code: $within}) }
  WITH p, sp ORDER BY sp.date, sp.id
  WITH p, collect(CASE WHEN sp.date IS NOT NULL THEN {date: sp.date, id: sp.id} END) AS dated, count(sp) AS uses
  RETURN collect({code: p.code, date: dated[0].date, speeches: [x IN dated WHERE x.date = dated[0].date | x.id], undated: uses - size(dated)}) AS users
}
CALL (s) {
  OPTIONAL MATCH (sp:Speech {level: $upLevel})-[:MENTIONS]->(s)
  WHERE sp.date IS NOT NULL
    AND ($upLevel = 'central' OR $within IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $within}) })
  WITH sp ORDER BY sp.date, sp.id
  WITH collect({date: sp.date, id: sp.id}) AS dated
  RETURN {date: dated[0].date, speeches: [x IN dated WHERE x.date = dated[0].date | x.id]} AS up
}
CALL (s) {
  OPTIONAL MATCH (sp:Speech {level: 'central'})-[:MENTIONS]->(s)
  WHERE sp.date IS NOT NULL
  WITH sp ORDER BY sp.date, sp.id
  WITH collect({date: sp.date, id: sp.id}) AS dated
  RETURN {date: dated[0].date, speeches: [x IN dated WHERE x.date = dated[0].date | x.id]} AS central
}
RETURN s.name AS name, places, users, up, central
