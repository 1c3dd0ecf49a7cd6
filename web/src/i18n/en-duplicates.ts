/** English of the duplicate check (查重) in the customer and contact forms (part of en.ts). */
export const enDuplicates = {
  duplicates: {
    title: 'Possible duplicates:',
    certain: 'Duplicate',
    likely: 'Possibly the same',
    contactOf: 'contact at {{customer}}',
    ownedBy: 'relationship manager {{name}}',
    noOwner: 'no relationship manager',
    hidden: 'An existing customer belongs to {{owner}} ({{role}})',
    hiddenNoOwner: 'An existing customer has no relationship manager yet',
    separator: ', ',
    saveAnyway: 'You can still save.',
    saveAnywayTalk: 'You can still save; if it is the same customer, talk to its relationship manager first.',
    reason: {
      samePhone: 'same phone',
      sameEmail: 'same email',
      sameOrganisation: 'same organization',
      sameOrganisationElsewhere: 'same name, another place',
      similarOrganisation: 'similar organization name',
      similarName: 'similar name',
      sameName: 'same name',
    },
  },
};
