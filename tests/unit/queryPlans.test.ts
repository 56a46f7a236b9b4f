import { describe, expect, it } from 'vitest'

import { planProblems } from '../helpers/queryPlans'

describe('the query-plan check of tests/int/hotQueries.test.ts', () => {
  it('are told apart: a walk of a big table or a sort of one is found in a plan', () => {
    const plan = (detail: string, parent = 0) => ({ id: 1, parent, detail })
    expect(planProblems('select * from articles', [plan('SCAN articles')])).toHaveLength(1)
    expect(
      planProblems('select * from articles where _status = ? order by published_at desc limit ?', [
        plan('SEARCH articles USING INDEX articles__status_idx (_status=?)'),
        plan('USE TEMP B-TREE FOR ORDER BY'),
      ]),
    ).toHaveLength(1)
    // Child rows read for each article through an index that does not start with the article
    expect(
      planProblems('select (select 1 from articles_rels where parent_id = articles.id) from articles limit ?', [
        plan('SEARCH articles USING INDEX articles_slug_idx (slug=?)'),
        plan('SCAN articles_rels USING INDEX articles_rels_order_idx', 2),
      ]),
    ).toHaveLength(1)
    // ...but not the subquery Payload names after the table, nor a sort of an article's own child rows
    expect(
      planProblems('select (select 1 from articles_rels where parent_id = articles.id) from articles where id = ?', [
        plan('SEARCH articles USING INTEGER PRIMARY KEY (rowid=?)'),
        { id: 2, parent: 0, detail: 'CO-ROUTINE articles__rels' },
        plan('SEARCH articles__rels USING INDEX articles_rels_parent_idx (parent_id=?)', 2),
        plan('USE TEMP B-TREE FOR ORDER BY', 2),
        plan('SCAN articles__rels', 1),
      ]),
    ).toEqual([])
    expect(
      planProblems('select id from articles where _status = ? order by published_at desc limit ?', [
        plan('SEARCH articles USING INDEX _status_publishedAt_createdAt_idx (_status=?)'),
      ]),
    ).toEqual([])
    expect(
      planProblems('select id from articles order by updated_at desc limit ?', [
        plan('SCAN articles USING INDEX articles_updated_at_idx'),
      ]),
    ).toEqual([])
    expect(planProblems('select * from regions', [plan('SCAN regions')])).toEqual([])
  })
})
