/**
 * Someone tried to register with the e-mail address of an existing account. The API answers the
 * attempt without naming the account; its owner is told by e-mail (the notifications library).
 * It carries the owner's id only: never the address, the attempt's display name or its password.
 */
export class RegistrationAttemptedEvent {
  constructor(readonly clinicianId: string) {}
}
