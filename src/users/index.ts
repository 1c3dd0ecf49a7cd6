export { assertPasswordNotPersonal, passwordLimits } from './password-policy.ts';
export { countUsers, findUser, findUserWithPassword, listUsers, setUserLanguage, type User } from './users.repo.ts';
export { usersRoutes } from './users.routes.ts';
export { createUserBody, email, password, passwordNotPersonal, personName, userSchema } from './users.schema.ts';
export { createUser, updateUser } from './users.service.ts';
