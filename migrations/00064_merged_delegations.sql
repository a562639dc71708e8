-- +goose Up
-- Before this version a merge of units moved a task's part to the new unit
-- but left the record that the task went down to a child organisation on
-- the old, retired unit: the child's progress and "done" then found no part
-- and were lost. Such records move to the unit that now holds the part (the
-- last successor of the old one), one per task; a task whose new unit has
-- its own record keeps that one.
WITH RECURSIVE chain AS (
    SELECT org_id, id AS unit_id, successor_id AS next, 1 AS depth FROM units WHERE successor_id IS NOT NULL
    UNION ALL
    SELECT c.org_id, c.unit_id, u.successor_id, c.depth + 1 FROM chain c
    JOIN units u ON u.org_id = c.org_id AND u.id = c.next
    WHERE u.successor_id IS NOT NULL AND c.depth < 100
), last AS (
    SELECT DISTINCT ON (org_id, unit_id) org_id, unit_id, next FROM chain ORDER BY org_id, unit_id, depth DESC
), moves AS (
    SELECT DISTINCT ON (d.org_id, d.task_id, l.next) d.org_id, d.task_id, d.unit_id, l.next
    FROM task_delegations d JOIN last l ON l.org_id = d.org_id AND l.unit_id = d.unit_id
    WHERE NOT EXISTS (SELECT 1 FROM task_units tu WHERE tu.org_id = d.org_id AND tu.task_id = d.task_id AND tu.unit_id = d.unit_id)
      AND EXISTS (SELECT 1 FROM task_units tu WHERE tu.org_id = d.org_id AND tu.task_id = d.task_id AND tu.unit_id = l.next)
      AND NOT EXISTS (SELECT 1 FROM task_delegations n WHERE n.org_id = d.org_id AND n.task_id = d.task_id AND n.unit_id = l.next)
    ORDER BY d.org_id, d.task_id, l.next, d.unit_id
)
UPDATE task_delegations d SET unit_id = m.next
FROM moves m WHERE d.org_id = m.org_id AND d.task_id = m.task_id AND d.unit_id = m.unit_id;

-- +goose Down
-- The records stay with the unit that holds the part.
SELECT 1;
