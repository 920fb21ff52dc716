/** Where a mailbox's reading stopped: restart resumes after lastUid while uidValidity is unchanged. */
export interface MailboxCursor {
  uidValidity: string | null;
  lastUid: number;
}

export interface CursorStore {
  load(): Promise<MailboxCursor>;
  save(cursor: MailboxCursor): Promise<void>;
}
