import { type SQL, sql } from 'drizzle-orm';

/**
 * The query that finds people by name, best match first, in three steps that each stay small at 1,000,000
 * people:
 * 1. the first typed word is compared with the short list of distinct name words (`person_name_words`, a few
 *    thousand) by trigram word similarity — the step that forgives spellings, typos and partial words
 *    (`tokto` is like `toktogulov`, `toktosunov`…); the words found are ranked, most similar first;
 * 2. for each of those words in turn, the people in scope who carry it exactly, through the GIN index on
 *    (unit, name words); a person is taken at their best word only (`better`: the words ranked before);
 * 3. PostgreSQL stops asking for words as soon as `limit` people are found, so a common surname costs one index
 *    lookup and 51 rows, never a score for each of its thousands of bearers.
 * Every other typed word must be like one of the person's words as well (the same list, as a filter). The rows
 * found are ranked by the similarity of every typed word, as before.
 *
 * Measured at 1,000,000 people (docs/performance.md): whole, partial and misspelt surnames all 5–30 ms, where
 * the nearest-first GiST trigram search took 300–900 ms for partial and misspelt ones.
 */
export function nameSearchQuery(input: { words: string[]; columns: SQL; where: SQL; limit: number }): SQL {
  const [first, ...others] = input.words;
  const personWords = sql`string_to_array(p.search_text, ' ')`;
  const alsoLike = others.map((word) => sql` and ${personWords} && array(select word from person_name_words where word %> ${word})`);
  const score = sql.join(
    input.words.map((word) => sql`word_similarity(${word}, p.search_text)`),
    sql` + `,
  );
  return sql`
    with candidates as materialized (
      select word, row_number() over (order by word_similarity(${first}, word) desc, word) as rank
      from person_name_words where word %> ${first}),
    ranked as (
      select c.word, c.rank, array(select b.word from candidates b where b.rank < c.rank) as better from candidates c)
    select * from (
      select found.* from (select * from ranked order by rank) t cross join lateral (
        select ${input.columns}, ${score} as score
        from people p join org_units u on u.id = p.unit_id
        where ${input.where} and ${personWords} @> array[t.word] and not ${personWords} && t.better${sql.join(alsoLike, sql``)}
        limit ${input.limit}) found
      limit ${input.limit}) best
    order by score desc, family_name, given_name, date_of_birth, id`;
}
