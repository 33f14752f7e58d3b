import { ListOf, PageQuery, Strict, Timestamp, Type } from '@shop/http/schemas';

export const Email = Type.String({ format: 'email', maxLength: 255, description: 'Case-insensitive; stored lower-case' });
export const Password = Type.String({ minLength: 8, maxLength: 128 });
const Name = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const Phone = Type.String({ maxLength: 20, pattern: '^\\+?[0-9][0-9 ()-]{4,19}$' });
const Role = Type.Union([Type.Literal('customer'), Type.Literal('admin')]);

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    role: Role,
    isActive: Type.Boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'User' },
);

export const AuthResultSchema = Type.Object({
  user: UserSchema,
  accessToken: Type.String(),
  refreshToken: Type.String(),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
});

export const RegisterBody = Strict({ email: Email, password: Password, firstName: Name, lastName: Name, phone: Type.Optional(Phone) });
export const LoginBody = Strict({ email: Type.String({ maxLength: 255 }), password: Type.String({ minLength: 1, maxLength: 128 }) });
export const RefreshBody = Strict({ refreshToken: Type.String({ minLength: 1, maxLength: 512 }) });
export const ValidateBody = Strict({ token: Type.Optional(Type.String({ minLength: 1, maxLength: 4096 })) });
export const ValidateResult = Type.Object({
  valid: Type.Literal(true),
  user: Type.Object({ id: Type.String(), email: Type.Union([Type.String(), Type.Null()]), role: Type.String() }),
});
export const ClientCredentialsBody = Strict({
  clientId: Type.String({ minLength: 1, maxLength: 100 }),
  clientSecret: Type.String({ minLength: 1, maxLength: 512 }),
});
export const ServiceTokenResult = Type.Object({ accessToken: Type.String(), expiresIn: Type.Integer() });

export const ProfileBody = Strict({
  firstName: Type.Optional(Name),
  lastName: Type.Optional(Name),
  phone: Type.Optional(Type.Union([Phone, Type.Null()])),
});
export const ChangePasswordBody = Strict({ currentPassword: Type.String({ minLength: 1, maxLength: 128 }), newPassword: Password });
export const UserListQuery = Strict({ ...PageQuery, q: Type.Optional(Type.String({ maxLength: 100 })), role: Type.Optional(Role) });
export const UserList = ListOf(UserSchema);
export const UserParams = Strict({ id: Type.String({ maxLength: 36 }) });
export const PatchUserBody = Strict({ role: Type.Optional(Role), isActive: Type.Optional(Type.Boolean()) }, {});

export const JwksSchema = Type.Object({ keys: Type.Array(Type.Object({}, { additionalProperties: true })) });
