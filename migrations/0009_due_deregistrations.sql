-- 0009: `roster due` (EA-10): every deregistration request still waiting
-- for its review, overdue or not, by its due instant. The sweep's own index
-- (employee_deregister_due) drops a request once it is marked overdue, but
-- an overdue request still needs its review, so `due` lists it until then:
-- with this index that costs what is due, never a walk of every account.
CREATE INDEX employee_deregister_waiting ON employee_accounts (deregister_due_at)
    WHERE status = 'deregistering';
