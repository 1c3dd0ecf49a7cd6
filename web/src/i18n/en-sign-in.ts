/** English labels of the first-run setup code and the login's throttling (part of en.ts). */
export const enSignIn = {
  signIn: {
    setupCode: "Setup code (printed in the server's console)",
    setupCodeHint:
      'The server prints this one-time code on its console and in its log when it starts without any user, such as K7QM-4XPB-T9RW.',
    setupCodeWrong: "Wrong setup code: copy it from the server's console or log",
    checking: 'Checking…',
    checkingHint: 'There were many failed logins recently, so your browser does a short security check first.',
    tryAgainIn_one: 'Too many failed attempts. Try again in {{count}} second.',
    tryAgainIn_other: 'Too many failed attempts. Try again in {{count}} seconds.',
  },
};
