/** English labels of a person's data: export, erasure and retention (part of en.ts). */
export const enPrivacy = {
  privacy: {
    export: 'Export personal data',
    exportHint: 'Download everything held about this person as one JSON file; the export is recorded in the audit log',
    erase: 'Erase personal data',
    eraseConfirmTitle: 'Erase all personal data of {{name}}?',
    eraseConfirmText:
      'Their name, phone, email, address and notes, the texts of their interactions and tasks, and these values in the audit log are replaced by “[erased]” everywhere. Orders and their amounts stay. This cannot be undone.',
    continue: 'Continue',
    typeNameTitle: 'Confirm the erasure',
    typeNameText: 'Type the person’s name, {{name}}, to erase their data for good.',
    typeNameLabel: 'Name',
    typeNameMismatch: 'Type the name exactly as shown',
    eraseNow: 'Erase for good',
    erased: 'Personal data erased',
    erasedBadge: 'Personal data erased',
    settings: {
      title: 'Privacy',
      retention: 'Retention of contacts’ personal data',
      retentionHint:
        'The contacts of a customer archived this many years ago are anonymised once a day, as if each had asked to be erased. Leave it empty to keep them.',
      years: 'Years after archiving',
      yearsSuffix: 'years',
      keepForever: 'Keep forever',
      saved: 'Privacy settings saved',
      readOnly: 'Only administrators change this setting.',
      moreHint: 'Exporting and erasing one person’s data is on the customer’s page and on each contact.',
    },
  },
};
