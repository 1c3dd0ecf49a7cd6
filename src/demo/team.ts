import type { Role } from '../shared/domain.ts';
import { chineseName, pinyinOf } from './chinese-names.ts';
import type { Random } from './random.ts';

/** The demo company: an office-technology distributor in Shanghai. */
export const demoCompany = { name: '华信办公科技有限公司', emailDomain: 'huaxin.example' };

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** How large a book of customers a relationship manager carries, relative to the others. */
  bookWeight: number;
}

/** About one relationship manager per 250 customers (3 to 20), a general manager and a service user. */
export const relationshipManagerCount = (customerCount: number) =>
  Math.min(20, Math.max(3, Math.round(customerCount / 250)));

export function buildTeam(random: Random, customerCount: number): DemoUser[] {
  const taken = new Set<string>();
  const member = (role: Role, bookWeight = 0): DemoUser => {
    let name = chineseName(random);
    while (taken.has(name.name)) name = chineseName(random);
    taken.add(name.name);
    let local = pinyinOf(name);
    for (let n = 2; taken.has(local); n++) local = `${pinyinOf(name)}${n}`;
    taken.add(local);
    return { id: random.uuid(), email: `${local}@${demoCompany.emailDomain}`, name: name.name, role, bookWeight };
  };
  const generalManager = member('manager');
  const relationshipManagers = Array.from({ length: relationshipManagerCount(customerCount) }, () =>
    member('relationship_manager', random.gamma(4, 1)),
  );
  return [generalManager, ...relationshipManagers, member('service')];
}
