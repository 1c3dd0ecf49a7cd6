/** English labels of an administrator's changes to a user: name, email, password reset (part of en.ts). */
export const enTeam = {
  team: {
    edit: 'Edit',
    editTitle: 'Edit {{name}}',
    saved: 'User saved',
    resetPassword: 'Reset password',
    resetTitle: 'Reset the password of {{name}}',
    resetHint:
      'They must choose their own password when they next sign in. Their sessions, API tokens and calendar feed end now.',
    resetMode: 'Temporary password',
    generate: 'Generate one',
    choose: 'Set one myself',
    temporaryPassword: 'Temporary password',
    reset: 'Reset',
    resetDone: 'Password reset',
    shownOnce: 'Give this password to {{name}} in person or by phone. It is shown only now.',
    changeRequired: 'Must change password',
    changeRequiredTitle: 'Choose a new password',
    changeRequiredHint: 'An administrator reset your password. Choose your own to continue.',
  },
};
