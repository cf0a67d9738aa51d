/**
 * The Cypher console's pure parts: the refusals made before any round trip, and Neo4j's error positions taken back
 * from the `EXPLAIN ` probe to the query the user wrote (a syntax error at the query's column 11 said column 19).
 * The SHOW and TERMINATE commands the plan shows, refused beyond the schema's.
 */
import { describe, expect, it } from 'vitest';
import { AnswerBudget, screenQuery, withoutPrefixPositions } from '@/lib/store/neo4j/console';
import { refusedCommand, refusedOperation, type PlanOperator } from '@/lib/store/neo4j/console-commands';

describe('withoutPrefixPositions', () => {
  it('moves a first-line position back by the prefix, column and offset', () => {
    expect(withoutPrefixPositions("Invalid input '': expected an expression (line 1, column 19 (offset: 18))", 8)).toBe(
      "Invalid input '': expected an expression (line 1, column 11 (offset: 10))",
    );
  });

  it('keeps the column of a later line (the prefix is on line 1) and moves its offset', () => {
    expect(withoutPrefixPositions('Variable `x` not defined (line 2, column 8 (offset: 30))', 8)).toBe(
      'Variable `x` not defined (line 2, column 8 (offset: 22))',
    );
  });

  it('leaves a message without a position as it is', () => {
    expect(withoutPrefixPositions('Expected parameter(s): x', 8)).toBe('Expected parameter(s): x');
  });
});

describe('screenQuery', () => {
  it.each([
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ['EXPLAIN', 'EXPLAIN MATCH (n) RETURN n', /without EXPLAIN/],
    ['USE', 'USE system SHOW USERS', /no USE/],
    ['IN TRANSACTIONS', 'CALL { CREATE (:X) } IN TRANSACTIONS', /IN TRANSACTIONS/],
    ['a procedure outside the allowlist', "CALL db.createLabel('X')", /db\.createLabel is not allowed/],
    ['an empty query', '  // only a comment', /empty/],
    // A `//` inside a string once hid the rest of its line: comments were stripped before strings.
    [
      'LOAD CSV after a string holding //',
      "WITH '//' AS x LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
      /LOAD CSV/,
    ],
    [
      'LOAD CSV after a string holding /*',
      "WITH '/*' AS x LOAD CSV FROM 'file:///etc/passwd' AS l RETURN '*/'",
      /LOAD CSV/,
    ],
    [
      'a procedure after a string holding //',
      "WITH 'http://x' AS u CALL db.info() YIELD id RETURN id",
      /db\.info is not allowed/,
    ],
    // Backticked names are the same procedure; quoting them once skipped the allowlist.
    ['a backticked procedure', "CALL `db`.stats.retrieve('QUERIES')", /db\.stats\.retrieve is not allowed/],
    ['a procedure quoted part by part', 'CALL `db`.`info`()', /db\.info is not allowed/],
    ['a USE with a quoted name', 'USE `system` SHOW USERS', /no USE/],
  ])('refuses %s', (_name, query, reason) => {
    expect(() => screenQuery(query)).toThrow(reason);
  });

  it('lets an allowlisted procedure and words inside strings through', () => {
    expect(() => screenQuery('CALL db.labels()')).not.toThrow();
    expect(() => screenQuery('CALL `db`.`labels`()')).not.toThrow();
    expect(() => screenQuery("RETURN 'LOAD CSV' AS text")).not.toThrow();
    expect(() => screenQuery("RETURN 'it''s // not /* a comment' AS t, \"CALL dbms.x()\" AS u")).not.toThrow();
    expect(() => screenQuery('MATCH (`LOAD CSV`) RETURN `LOAD CSV`.id')).not.toThrow();
  });
});

describe('refusedOperation', () => {
  const call = (details: string): PlanOperator => ({
    operatorType: 'ProduceResults@neo4j',
    children: [{ operatorType: 'ProcedureCall@neo4j', arguments: { Details: details }, children: [] }],
  });

  it('names LOAD CSV and procedures outside the allowlist, however the query spelled them', () => {
    const load: PlanOperator = { operatorType: 'ProduceResults@neo4j', children: [{ operatorType: 'LoadCSV@neo4j' }] };
    expect(refusedOperation(load)).toBe('LOAD CSV');
    expect(refusedOperation(call('db.stats.retrieve($autostring_0) :: (section :: STRING, data :: MAP)'))).toBe(
      'procedure db.stats.retrieve',
    );
    expect(refusedOperation(call(''))).toBe('procedure (unnamed)');
  });

  it('lets allowlisted procedures and plain reads through', () => {
    expect(refusedOperation(call('db.labels() :: (label :: STRING)'))).toBeUndefined();
    expect(refusedOperation({ operatorType: 'AllNodesScan@neo4j' })).toBeUndefined();
    expect(refusedOperation(false)).toBeUndefined();
  });
});

describe('refusedCommand', () => {
  const plan = (...operators: string[]): PlanOperator =>
    operators.reduceRight<PlanOperator | undefined>(
      (child, operatorType) => ({ operatorType, children: child ? [child] : [] }),
      undefined,
    ) as PlanOperator;

  it.each([
    ['SHOW SETTINGS', plan('ProduceResults@neo4j', 'ShowSettings@neo4j')],
    ['SHOW TRANSACTIONS', plan('ProduceResults@neo4j', 'ShowTransactions@neo4j')],
    ['TERMINATE TRANSACTIONS', plan('ProduceResults@neo4j', 'TerminateTransactions@neo4j')],
    // A SHOW … YIELD … TERMINATE chain: the refused command is found below the allowed-looking root.
    ['TERMINATE TRANSACTIONS', plan('ProduceResults@neo4j', 'TerminateTransactions@neo4j', 'ShowTransactions@neo4j')],
  ])('names %s, which Neo4j plans as a read', (words, query) => {
    expect(refusedCommand(query)).toBe(words);
  });

  it('lets the schema and catalogue commands and ordinary reads through', () => {
    for (const operator of ['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures', 'AllNodesScan']) {
      expect(refusedCommand(plan('ProduceResults@neo4j', `${operator}@neo4j`))).toBeUndefined();
    }
    expect(refusedCommand(false)).toBeUndefined();
  });
});

describe('AnswerBudget', () => {
  it("takes rows until the next would pass the limit, counting each row's JSON", () => {
    const budget = new AnswerBudget(30);
    expect(budget.take(['abcdefghij'])).toBe(true); // ["abcdefghij"] + 1 = 17
    expect(budget.take(['abcdefghijk'])).toBe(false); // 18 more would be 35
    expect(budget.take([1, 2])).toBe(true); // [1,2] + 1 = 6: 23
  });

  it('refuses even the first row when it alone passes the limit', () => {
    expect(new AnswerBudget(10).take(['x'.repeat(20)])).toBe(false);
  });
});
