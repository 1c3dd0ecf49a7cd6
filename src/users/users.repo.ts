import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import type { Language } from '../shared/language.ts';

/** The public columns of a user: never the password hash. */
export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  /** An administrator reset the password: the user must choose their own at the next sign-in. */
  passwordChangeRequired: users.passwordChangeRequired,
  /** The language the user chose to read Guanxi in; null: not chosen (the browser's is used). */
  language: users.language,
  /** When the user turned on two-factor sign-in; null: off. */
  totpEnabledAt: users.totpEnabledAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

type Columns = typeof userColumns;

/** Sets the language a user reads Guanxi in (null: follow the browser's). */
export async function setUserLanguage(db: Executor, id: string, language: Language | null) {
  await db.update(users).set({ language }).where(eq(users.id, id));
}
export type User = { [K in Exclude<keyof Columns, 'totpEnabledAt' | 'language'>]: Columns[K]['_']['data'] } & {
  totpEnabledAt: Date | null;
  language: Language | null;
};

export const listUsers = (db: Executor) => db.select(userColumns).from(users).orderBy(asc(users.name));

export async function findUser(db: Executor, id: string): Promise<User | undefined> {
  const [user] = await db.select(userColumns).from(users).where(eq(users.id, id));
  return user;
}

export async function findUserWithPassword(db: Executor, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user;
}

export const countUsers = (db: Executor): Promise<number> => db.$count(users);
