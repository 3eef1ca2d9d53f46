/** Italian labels of the sign-in area. */
export const authLabels = {
  title: 'Accedi alla console',
  intro: 'Usa l’e-mail e la password del tuo account Incrocio.',
  email: 'E-mail',
  password: 'Password',
  submit: 'Accedi',
  signingIn: 'Accesso in corso…',
  logout: 'Esci',
  expiredTitle: 'La sessione è scaduta',
  expiredText:
    'Per sicurezza l’accesso dura poco. Inserisci di nuovo la password: quello che stavi scrivendo resta nella pagina.',
  expiredSubmit: 'Continua',
  expiredCancel: 'Esci dalla console',
  roles: {
    admin: 'Amministrazione',
    coordinator: 'Coordinamento',
    tutor: 'Tutor lavoro',
    consultant: 'Consulente aziende',
  },
} as const;
