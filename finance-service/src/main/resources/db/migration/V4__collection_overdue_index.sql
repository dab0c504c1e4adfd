-- the overdue-collection-tasks gauge (bantu_collection_tasks_overdue) counts open tasks by due date
CREATE INDEX idx_collection_tasks_status_due ON collection_tasks (status, due_date);
