import type { Metadata } from 'next';
import Link from 'next/link';
import type { Role } from '@shop/api-client/types';
import { ActionForm } from '@/components/ActionForm';
import { Field, SelectField } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { Empty, LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { changeRole, setActive } from '@/lib/actions/users';
import { api } from '@/lib/api';
import { date, pageOf, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Users' };

const LIMIT = 20;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requireStaff('/users');
  const sp = await searchParams;
  const f = { q: param(sp['q']), role: param(sp['role']) };
  const page = pageOf(sp['page']);
  const role = f.role === 'admin' || f.role === 'customer' ? (f.role as Role) : undefined;
  const result = await load(async () => (await api()).listUsers({ page, limit: LIMIT, q: f.q || undefined, role }));
  return (
    <>
      <h1>Users</h1>
      <form className="filters-bar" role="search" aria-label="Find users">
        <Field label="Name or email" name="q" type="search" defaultValue={f.q} />
        <SelectField label="Role" name="role" defaultValue={f.role}>
          <option value="">Any role</option>
          <option value="customer">customer</option>
          <option value="admin">admin</option>
        </SelectField>
        <button type="submit">Search</button>
        <Link href="/users">Clear</Link>
      </form>
      {!result.ok ? (
        <LoadError message={result.error} />
      ) : result.data.data.length === 0 ? (
        <Empty>No users match.</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="sr-only">Users</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Joined</th>
                  <th scope="col">Status</th>
                  <th scope="col">Role</th>
                  <th scope="col">Access</th>
                </tr>
              </thead>
              <tbody>
                {result.data.data.map((u) => {
                  const self = u.id === me.id;
                  return (
                    <tr key={u.id}>
                      <td>
                        {u.firstName} {u.lastName}
                        {self ? <span className="muted small"> (you)</span> : null}
                        <br />
                        <Link className="small" href={`/orders?customer=${encodeURIComponent(u.id)}`}>
                          Orders
                        </Link>
                      </td>
                      <td>{u.email}</td>
                      <td>{date(u.createdAt)}</td>
                      <td>
                        <Status value={u.isActive ? 'active' : 'inactive'} />
                      </td>
                      <td>
                        {self ? (
                          <Status value={u.role} />
                        ) : (
                          <ActionForm
                            action={changeRole}
                            submitLabel="Change role"
                            label={`Role of ${u.email}`}
                            className="action-form inline"
                          >
                            <input type="hidden" name="userId" value={u.id} />
                            <SelectField label={`Role of ${u.email}`} name="role" id={`role-${u.id}`} defaultValue={u.role}>
                              <option value="customer">customer</option>
                              <option value="admin">admin</option>
                            </SelectField>
                          </ActionForm>
                        )}
                      </td>
                      <td>
                        {self ? (
                          <span className="muted small">—</span>
                        ) : (
                          <ActionForm
                            action={setActive}
                            submitLabel={u.isActive ? `Deactivate ${u.email}` : `Reactivate ${u.email}`}
                            label={`Access of ${u.email}`}
                            danger={u.isActive}
                            confirm={u.isActive ? `Deactivate ${u.email}? They will not be able to sign in.` : undefined}
                          >
                            <input type="hidden" name="userId" value={u.id} />
                            <input type="hidden" name="isActive" value={u.isActive ? 'false' : 'true'} />
                          </ActionForm>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager path="/users" page={page} limit={LIMIT} total={result.data.total} params={f} />
        </>
      )}
    </>
  );
}
