import { AppError, type ErrorCode } from './errors';

/** Why an administrative change was refused: each has its own message in the interface. */
export type RefusalReason =
  | 'departmentCycle'
  | 'duplicateTeam'
  | 'unknownPerson'
  | 'inactivePerson'
  | 'moveBeforeCurrentTeam'
  | 'moveInFuture'
  | 'alreadyInTeam'
  | 'lastAdmin'
  | 'roleHolderActivation'
  | 'duplicateItem'
  | 'lastItemOfLine'
  | 'importInvalid'
  | 'importWithoutDryRun'
  | 'importChanged'
  | 'importUnreadableXlsx'
  | 'thresholdsLowered'
  | 'noOpenPulse'
  | 'scimTokenNameTaken'
  | 'chatChannelNotConfigured';

/**
 * A refused change with its reason: a 409 (or the code given) for the API with an English
 * message, and a reason the forms translate.
 */
export class ChangeRefused extends AppError {
  readonly reason: RefusalReason;

  constructor(reason: RefusalReason, message: string, code: ErrorCode = 'conflict') {
    super(code, message);
    this.name = 'ChangeRefused';
    this.reason = reason;
  }
}
