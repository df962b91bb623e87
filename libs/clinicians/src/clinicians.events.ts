/**
 * Someone tried to register with the e-mail address of an existing account. The API answers the
 * attempt without naming the account; its owner is told by e-mail (the notifications library).
 * It carries the owner's id only: never the address, the attempt's display name or its password.
 */
export class RegistrationAttemptedEvent {
  constructor(readonly clinicianId: string) {}
}

/**
 * A password-reset link was issued for an account: its owner is e-mailed the link (the
 * notifications library derives the token again from the reset's id; see AccountKeys). Ids only.
 */
export class PasswordResetRequestedEvent {
  constructor(
    readonly clinicianId: string,
    readonly resetId: string,
  ) {}
}
