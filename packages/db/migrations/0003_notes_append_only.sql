-- Case notes are part of the record, like the history: added, never changed or removed.
CREATE TRIGGER case_notes_append_only BEFORE UPDATE OR DELETE ON case_notes
  FOR EACH ROW EXECUTE FUNCTION heard_refuse_change();
