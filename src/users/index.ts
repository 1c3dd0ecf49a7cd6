export { countUsers, findUser, findUserWithPassword, listUsers, type User } from './users.repo.ts';
export { usersRoutes } from './users.routes.ts';
export { createUserBody, email, password, personName, userSchema } from './users.schema.ts';
export { createUser, updateUser } from './users.service.ts';
