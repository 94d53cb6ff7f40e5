// How two slogans' co-occurrence moved: per year of delivery, the dated speeches, those using each
// slogan, those using both (support) and the NPMI within that year's speeches (null without support).
// :param a => '四个意识'
// :param b => '两个维护'
// Parameters: $a, $b (canonical slogan names).
// Returns: year, speeches, withA, withB, support, npmi; by year, every year with a dated speech.
MATCH (sp:Speech)
WHERE sp.date IS NOT NULL
WITH left(sp.date, 4) AS year,
     EXISTS { MATCH (sp)-[:MENTIONS]->(:Slogan {name: $a}) } AS hasA,
     EXISTS { MATCH (sp)-[:MENTIONS]->(:Slogan {name: $b}) } AS hasB
WITH year, count(*) AS speeches, sum(CASE WHEN hasA THEN 1 ELSE 0 END) AS withA, sum(CASE WHEN hasB THEN 1 ELSE 0 END) AS withB,
     sum(CASE WHEN hasA AND hasB THEN 1 ELSE 0 END) AS support
WITH year, speeches, withA, withB, support, toFloat(speeches) AS n, toFloat(withA) AS na, toFloat(withB) AS nb, toFloat(support) AS s
RETURN year, speeches, withA, withB, support,
       CASE WHEN support = 0 THEN null
            WHEN s = n OR (na = s AND nb = s) THEN 1.0
            ELSE log(s * n / (na * nb)) / -log(s / n) END AS npmi
ORDER BY year
