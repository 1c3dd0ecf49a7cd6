-- Search grams: every two-character gram of the text and every single non-ASCII character, so that
-- one- and two-character Chinese queries use a GIN index (see docs/search.md). customers.search_grams
-- is generated from this function; src/customers/search.ts makes the same grams from a query.
CREATE FUNCTION guanxi_search_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[]) FROM (
    SELECT substr(t, i, 1) AS g FROM generate_series(1, length(t)) AS i WHERE ascii(substr(t, i, 1)) > 127
    UNION ALL
    SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i
  ) AS grams WHERE g !~ '\s'
$$;
