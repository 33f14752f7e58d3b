// The JSON shapes of the Mailpit API (v1) that the embedded catcher serves and the client reads.
// Field names and casing follow Mailpit's own structs, so one client reads both.

export interface Address {
  Name: string;
  Address: string;
}

export interface Attachment {
  PartID: string;
  FileName: string;
  ContentType: string;
  ContentID: string;
  Size: number;
  Checksums: { MD5: string; SHA1: string; SHA256: string };
}

/** One row of `GET /api/v1/messages` and `GET /api/v1/search`. */
export interface MessageSummary {
  ID: string;
  MessageID: string;
  Read: boolean;
  From: Address;
  To: Address[];
  Cc: Address[];
  Bcc: Address[];
  ReplyTo: Address[];
  Subject: string;
  /** When the catcher received it, RFC 3339. */
  Created: string;
  Tags: string[];
  /** The SMTP AUTH user name, '' when the sender did not log in. */
  Username: string;
  Size: number;
  /** How many (non-inline) attachments it has. */
  Attachments: number;
  /** Up to 250 characters of the text. */
  Snippet: string;
}

/** `GET /api/v1/message/:id`. */
export interface Message {
  ID: string;
  MessageID: string;
  From: Address;
  To: Address[];
  Cc: Address[];
  Bcc: Address[];
  ReplyTo: Address[];
  ReturnPath: string;
  Subject: string;
  /** The Date header if the message had one, else when it was received, RFC 3339. */
  Date: string;
  Tags: string[];
  /** The SMTP AUTH user name, '' when the sender did not log in. */
  Username: string;
  Text: string;
  HTML: string;
  Size: number;
  Inline: Attachment[];
  Attachments: Attachment[];
}

/** `GET /api/v1/messages` and `GET /api/v1/search`. */
export interface MessagesSummary {
  total: number;
  unread: number;
  count: number;
  messages_count: number;
  messages_unread: number;
  start: number;
  tags: string[];
  messages: MessageSummary[];
}
