-- One ledger transfer as pgbench runs it: the statements EclipseLink sends for Ledger.transfer, in the same order and
-- shape (see docs/benchmarks.md). Accounts 1..:accounts are those AccountPool created; ids are computed from their
-- number. The key is random (1e15 values: no collision in a run), the transaction and entry ids derive from it. The
-- ledger inserts the transaction first, so a used key fails on the unique index before any lock is taken.
\set a random(1, :accounts)
\set b 1 + (:a + random(0, :accounts - 2)) % :accounts
\set amount random(1, 100)
\set k random(1, 1000000000000000)
\set lo least(:a, :b)
\set hi greatest(:a, :b)
\set debit -:amount
\set dlo case when :a < :b then -:amount else :amount end
-- the JDBC driver sends BEGIN with the first statement, in one round trip
\startpipeline
BEGIN;
INSERT INTO economy.transactions (id, created_at, idem_key, kind, memo, owner_id, request_hash)
  VALUES ('t' || lpad(:k::text, 35, '0'), now(), 'pg-' || :k, 'transfer', NULL, 'u' || :a,
          '825da6de0d2009bb9b26df03222ee93a5a9e6b8455e289d4fc0f2a105114e585');
\endpipeline
-- both accounts locked in id order by one statement (the ledger checks on the locked rows that the payer owns the
-- paying account); the ledger reads the two rows, pgbench folds them into one row for \gset
WITH locked AS (SELECT id, allow_negative, balance, created_at, currency, kind, owner_id FROM economy.accounts
  WHERE id IN ('00000000-0000-4000-8000-' || lpad(:lo::text, 12, '0'), '00000000-0000-4000-8000-' || lpad(:hi::text, 12, '0'))
  ORDER BY id FOR UPDATE)
SELECT min(balance) FILTER (WHERE id = '00000000-0000-4000-8000-' || lpad(:lo::text, 12, '0')) AS lo_balance,
       min(balance) FILTER (WHERE id = '00000000-0000-4000-8000-' || lpad(:hi::text, 12, '0')) AS hi_balance
  FROM locked \gset
-- new balances computed by the client, as the ledger does
\set lo_new :lo_balance + :dlo
\set hi_new :hi_balance - :dlo
-- the ledger batches statements of one commit that share their SQL: one round trip for the balances, one for
-- the entries
\startpipeline
UPDATE economy.accounts SET balance = :lo_new WHERE id = '00000000-0000-4000-8000-' || lpad(:lo::text, 12, '0');
UPDATE economy.accounts SET balance = :hi_new WHERE id = '00000000-0000-4000-8000-' || lpad(:hi::text, 12, '0');
\endpipeline
\startpipeline
INSERT INTO economy.entries (id, account_id, amount, created_at, currency, position, transaction_id)
  VALUES ('e0' || lpad(:k::text, 34, '0'), '00000000-0000-4000-8000-' || lpad(:a::text, 12, '0'), :debit, now(),
          'INMO', 0, 't' || lpad(:k::text, 35, '0'));
INSERT INTO economy.entries (id, account_id, amount, created_at, currency, position, transaction_id)
  VALUES ('e1' || lpad(:k::text, 34, '0'), '00000000-0000-4000-8000-' || lpad(:b::text, 12, '0'), :amount, now(),
          'INMO', 1, 't' || lpad(:k::text, 35, '0'));
\endpipeline
COMMIT;
