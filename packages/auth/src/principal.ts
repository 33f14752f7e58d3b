export type Role = 'customer' | 'admin' | 'service';
export const ROLES: readonly Role[] = ['customer', 'admin', 'service'];

/** Who is calling, as proven by a verified access token. */
export interface Principal {
  /** User id, or the client id of a service. */
  sub: string;
  role: Role;
  email?: string | undefined;
  jti?: string | undefined;
}
