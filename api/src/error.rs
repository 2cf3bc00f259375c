use serde::{Deserialize, Serialize};

/// What went wrong, as a stable code. The Fluent id is `error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ErrorCode {
    /// Wrong e-mail or password; deliberately does not say which.
    InvalidCredentials,
    /// No valid session.
    Unauthenticated,
    /// Signed in, but this action needs another role.
    Forbidden,
    NotFound,
    /// The request's fields are invalid; see `ApiError::fields`.
    Validation,
    /// The account is locked after too many wrong passwords.
    AccountLocked,
    /// Too many attempts from this address; try again later.
    RateLimited,
    /// Someone else changed the resource first.
    Conflict,
    /// The server failed; the reference lets support find the log line.
    Internal,
    /// The app could not reach the server (never sent by the server itself).
    Network,
    /// An admin may not change their own role.
    OwnRole,
    /// An admin may not deactivate or delete themselves.
    SelfAction,
    /// The company must keep at least one active admin.
    LastAdmin,
    /// The action does not apply to the user's current status.
    InvalidTransition,
    /// A chosen service has no seat left.
    NoSeatsLeft,
    /// The privacy policy (this version) must be accepted before anything else.
    ConsentRequired,
    /// The link is unknown, used, revoked or expired.
    InvalidLink,
    /// The company uses single sign-on: accounts are created at first sign-in, not by hand.
    SsoManaged,
    /// The body is not the JSON expected, or a path or query value has the wrong type.
    BadRequest,
    /// The path exists, but not with this HTTP method.
    MethodNotAllowed,
    /// The body is larger than the server accepts.
    PayloadTooLarge,
    /// The body is not sent as `application/json`.
    UnsupportedMediaType,
    /// An idempotency key already used for a request with another body.
    IdempotencyKeyReused,
    /// The instance cannot serve yet (database unreachable or not migrated).
    NotReady,
    /// Beyond the actor's administration scope: an entity they do not manage, a scope wider
    /// than theirs, or an administrator their scope does not cover.
    OutOfScope,
    /// An entity that still has users is removed only by moving them to another one.
    EntityNotEmpty,
    /// An import file with more rows than `import::MAX_ROWS`.
    ImportTooManyRows,
    /// Neither CSV nor XLSX (or not readable as either: binary junk).
    ImportUnsupportedFile,
    /// A password-protected spreadsheet: it cannot be read without the password.
    ImportEncryptedFile,
    /// No row under the header (or no sheet with anything in it).
    ImportEmptyFile,
    /// The first row names none of the columns Espace knows.
    ImportNoColumns,
    /// A spreadsheet larger than Espace reads: unpacked beyond `import::MAX_UNPACKED_BYTES`, a
    /// sheet beyond `import::MAX_ROWS` rows under its header or `import::MAX_COLUMNS` columns,
    /// or a cell beyond `import::MAX_CELL_CHARS` characters.
    ImportFileTooLarge,
    /// An API token that is unknown, expired, revoked, or whose creator lost the rights it
    /// carried.
    InvalidToken,
    /// A read-only API token used to change something.
    ReadOnlyToken,
    /// Password sign-in for someone whose company signs in through its identity provider.
    SsoRequired,
    /// The company requires a second sign-in step and the person has none yet: they set one
    /// up before anything else.
    SecondStepRequired,
    /// The sign-in under way (password checked, code awaited) ended or expired: start again.
    SecondStepExpired,
    /// The browser's passkey answer did not hold (cancelled, timed out, or another key).
    PasskeyRefused,
    /// The company's access was suspended by the provider: its people cannot sign in, its
    /// tokens and SCIM are refused, until the provider reactivates it.
    CompanySuspended,
    /// The company already has `webhooks::ENDPOINTS_MAX` webhook endpoints.
    WebhookLimit,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 40] = [
        ErrorCode::InvalidCredentials,
        ErrorCode::Unauthenticated,
        ErrorCode::Forbidden,
        ErrorCode::NotFound,
        ErrorCode::Validation,
        ErrorCode::AccountLocked,
        ErrorCode::RateLimited,
        ErrorCode::Conflict,
        ErrorCode::Internal,
        ErrorCode::Network,
        ErrorCode::OwnRole,
        ErrorCode::SelfAction,
        ErrorCode::LastAdmin,
        ErrorCode::InvalidTransition,
        ErrorCode::NoSeatsLeft,
        ErrorCode::ConsentRequired,
        ErrorCode::InvalidLink,
        ErrorCode::SsoManaged,
        ErrorCode::BadRequest,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::IdempotencyKeyReused,
        ErrorCode::NotReady,
        ErrorCode::OutOfScope,
        ErrorCode::EntityNotEmpty,
        ErrorCode::ImportTooManyRows,
        ErrorCode::ImportUnsupportedFile,
        ErrorCode::ImportEncryptedFile,
        ErrorCode::ImportEmptyFile,
        ErrorCode::ImportNoColumns,
        ErrorCode::ImportFileTooLarge,
        ErrorCode::InvalidToken,
        ErrorCode::ReadOnlyToken,
        ErrorCode::SsoRequired,
        ErrorCode::SecondStepRequired,
        ErrorCode::SecondStepExpired,
        ErrorCode::PasskeyRefused,
        ErrorCode::CompanySuspended,
        ErrorCode::WebhookLimit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidCredentials => "invalid-credentials",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::NotFound => "not-found",
            ErrorCode::Validation => "validation",
            ErrorCode::AccountLocked => "account-locked",
            ErrorCode::RateLimited => "rate-limited",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Internal => "internal",
            ErrorCode::Network => "network",
            ErrorCode::OwnRole => "own-role",
            ErrorCode::SelfAction => "self-action",
            ErrorCode::LastAdmin => "last-admin",
            ErrorCode::InvalidTransition => "invalid-transition",
            ErrorCode::NoSeatsLeft => "no-seats-left",
            ErrorCode::ConsentRequired => "consent-required",
            ErrorCode::InvalidLink => "invalid-link",
            ErrorCode::SsoManaged => "sso-managed",
            ErrorCode::BadRequest => "bad-request",
            ErrorCode::MethodNotAllowed => "method-not-allowed",
            ErrorCode::PayloadTooLarge => "payload-too-large",
            ErrorCode::UnsupportedMediaType => "unsupported-media-type",
            ErrorCode::IdempotencyKeyReused => "idempotency-key-reused",
            ErrorCode::NotReady => "not-ready",
            ErrorCode::OutOfScope => "out-of-scope",
            ErrorCode::EntityNotEmpty => "entity-not-empty",
            ErrorCode::ImportTooManyRows => "import-too-many-rows",
            ErrorCode::ImportUnsupportedFile => "import-unsupported-file",
            ErrorCode::ImportEncryptedFile => "import-encrypted-file",
            ErrorCode::ImportEmptyFile => "import-empty-file",
            ErrorCode::ImportNoColumns => "import-no-columns",
            ErrorCode::ImportFileTooLarge => "import-file-too-large",
            ErrorCode::InvalidToken => "invalid-token",
            ErrorCode::ReadOnlyToken => "read-only-token",
            ErrorCode::SsoRequired => "sso-required",
            ErrorCode::SecondStepRequired => "second-step-required",
            ErrorCode::SecondStepExpired => "second-step-expired",
            ErrorCode::PasskeyRefused => "passkey-refused",
            ErrorCode::CompanySuspended => "company-suspended",
            ErrorCode::WebhookLimit => "webhook-limit",
        }
    }

    /// The Fluent message id that explains this error to a person.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }

    /// The numbers its message names, as Fluent variables.
    pub fn message_args(self) -> Vec<(&'static str, i64)> {
        match self {
            ErrorCode::ImportTooManyRows => {
                vec![("max_rows", crate::policy::count(crate::import::MAX_ROWS))]
            }
            ErrorCode::ImportFileTooLarge => vec![
                ("max_rows", crate::policy::count(crate::import::MAX_ROWS)),
                ("max_columns", crate::policy::count(crate::import::MAX_COLUMNS)),
                ("max_cell", crate::policy::count(crate::import::MAX_CELL_CHARS)),
            ],
            ErrorCode::WebhookLimit => vec![("max", crate::policy::count(crate::webhooks::ENDPOINTS_MAX))],
            _ => Vec::new(),
        }
    }

    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::InvalidCredentials
            | ErrorCode::Unauthenticated
            | ErrorCode::InvalidToken
            | ErrorCode::SecondStepExpired => 401,
            ErrorCode::Forbidden | ErrorCode::AccountLocked => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::Validation
            | ErrorCode::PasskeyRefused
            | ErrorCode::IdempotencyKeyReused
            | ErrorCode::ImportTooManyRows
            | ErrorCode::ImportUnsupportedFile
            | ErrorCode::ImportEncryptedFile
            | ErrorCode::ImportEmptyFile
            | ErrorCode::ImportNoColumns
            | ErrorCode::ImportFileTooLarge => 422,
            ErrorCode::BadRequest => 400,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::RateLimited => 429,
            ErrorCode::Conflict
            | ErrorCode::InvalidTransition
            | ErrorCode::NoSeatsLeft
            | ErrorCode::EntityNotEmpty
            | ErrorCode::WebhookLimit => 409,
            ErrorCode::OwnRole
            | ErrorCode::SelfAction
            | ErrorCode::LastAdmin
            | ErrorCode::ConsentRequired
            | ErrorCode::SsoManaged
            | ErrorCode::OutOfScope
            | ErrorCode::ReadOnlyToken
            | ErrorCode::SsoRequired
            | ErrorCode::SecondStepRequired
            | ErrorCode::CompanySuspended => 403,
            ErrorCode::InvalidLink => 410,
            ErrorCode::Internal => 500,
            ErrorCode::Network | ErrorCode::NotReady => 503,
        }
    }
}

/// Why one field was refused. The Fluent id is `field-error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FieldErrorCode {
    Required,
    TooLong,
    InvalidEmail,
    Taken,
    PasswordTooShort,
    PasswordCommon,
    PasswordPersonal,
    /// A checkbox that must be ticked (the privacy policy).
    MustAccept,
    /// The current password, asked again before changing it, is wrong.
    WrongPassword,
    /// Control characters (line breaks, NUL…) or invisible direction marks.
    InvalidCharacters,
    /// Only invisible or punctuation characters: a name needs a letter or a digit.
    NoLetterOrDigit,
    /// A password made only of spaces.
    PasswordBlank,
    /// A value that names nothing known here (a role, entity, language or service).
    Unknown,
    /// The same sign-in e-mail appears on an earlier row of the same import.
    Duplicate,
    /// Not enough free seats for this service over the whole import.
    NoSeatsLeft,
    /// An entity, or a level, beyond the importer's administration scope.
    OutOfScope,
    /// Not an `https://` (or, on this machine only, `http://127.0.0.1`) address.
    InvalidUrl,
    /// Not a domain name such as `example.com`.
    InvalidDomain,
    /// A mail provider's domain anyone can get an address at (`sso::PUBLIC_MAIL_DOMAINS`).
    PublicDomain,
    /// Not the code the app shows now, nor an unused recovery code.
    WrongCode,
    /// Not a real day written `YYYY-MM-DD`, or one before the start.
    InvalidDate,
    /// A number above the limit (`max`).
    TooLarge,
    /// Fewer seats than people hold: `max` is how many to free first.
    SeatsInUse,
    /// An address on a private, loopback or internal network, where Espace sends nothing.
    PrivateAddress,
}

impl FieldErrorCode {
    pub const ALL: [FieldErrorCode; 24] = [
        FieldErrorCode::Required,
        FieldErrorCode::TooLong,
        FieldErrorCode::InvalidEmail,
        FieldErrorCode::Taken,
        FieldErrorCode::PasswordTooShort,
        FieldErrorCode::PasswordCommon,
        FieldErrorCode::PasswordPersonal,
        FieldErrorCode::MustAccept,
        FieldErrorCode::WrongPassword,
        FieldErrorCode::InvalidCharacters,
        FieldErrorCode::NoLetterOrDigit,
        FieldErrorCode::PasswordBlank,
        FieldErrorCode::Unknown,
        FieldErrorCode::Duplicate,
        FieldErrorCode::NoSeatsLeft,
        FieldErrorCode::OutOfScope,
        FieldErrorCode::InvalidUrl,
        FieldErrorCode::InvalidDomain,
        FieldErrorCode::PublicDomain,
        FieldErrorCode::WrongCode,
        FieldErrorCode::InvalidDate,
        FieldErrorCode::TooLarge,
        FieldErrorCode::SeatsInUse,
        FieldErrorCode::PrivateAddress,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FieldErrorCode::Required => "required",
            FieldErrorCode::TooLong => "too-long",
            FieldErrorCode::InvalidEmail => "invalid-email",
            FieldErrorCode::Taken => "taken",
            FieldErrorCode::PasswordTooShort => "password-too-short",
            FieldErrorCode::PasswordCommon => "password-common",
            FieldErrorCode::PasswordPersonal => "password-personal",
            FieldErrorCode::MustAccept => "must-accept",
            FieldErrorCode::WrongPassword => "wrong-password",
            FieldErrorCode::InvalidCharacters => "invalid-characters",
            FieldErrorCode::NoLetterOrDigit => "no-letter-or-digit",
            FieldErrorCode::PasswordBlank => "password-blank",
            FieldErrorCode::Unknown => "unknown",
            FieldErrorCode::Duplicate => "duplicate",
            FieldErrorCode::NoSeatsLeft => "no-seats-left",
            FieldErrorCode::OutOfScope => "out-of-scope",
            FieldErrorCode::InvalidUrl => "invalid-url",
            FieldErrorCode::InvalidDomain => "invalid-domain",
            FieldErrorCode::PublicDomain => "public-domain",
            FieldErrorCode::WrongCode => "wrong-code",
            FieldErrorCode::InvalidDate => "invalid-date",
            FieldErrorCode::TooLarge => "too-large",
            FieldErrorCode::SeatsInUse => "seats-in-use",
            FieldErrorCode::PrivateAddress => "private-address",
        }
    }

    pub fn message_id(self) -> String {
        format!("field-error-{}", self.as_str())
    }

    /// The numbers its message names, as Fluent variables, besides the field's own `max`.
    pub fn message_args(self) -> Vec<(&'static str, i64)> {
        match self {
            FieldErrorCode::PasswordTooShort => {
                vec![("min", crate::policy::count(crate::password::MIN_CHARS))]
            }
            _ => Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The request field's name, as in the JSON body (`email`, `first_name`, …).
    pub field: String,
    pub code: FieldErrorCode,
    /// The number its message names: the limit exceeded (`too-long`, `too-large`), or the
    /// seats to free (`seats-in-use`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
}

/// The body of every non-2xx answer from `/api`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    pub code: ErrorCode,
    /// The error rendered in the request's language, for API clients other than the app.
    #[serde(default)]
    pub message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// A short id that also appears in the server log, to quote to support.
    #[serde(default)]
    pub reference: String,
    /// Whom to contact, when the error is the provider's to solve (`company-suspended`) and
    /// the provider said whom (`ESPACE_SUPPORT_CONTACT`): an address, a telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode) -> Self {
        ApiError { code, message: String::new(), fields: Vec::new(), reference: String::new(), contact: None }
    }

    pub fn validation(fields: Vec<FieldError>) -> Self {
        ApiError { fields, ..ApiError::new(ErrorCode::Validation) }
    }

    pub fn field(&self, name: &str) -> Option<&FieldError> {
        self.fields.iter().find(|f| f.field == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_kebab_case_matching_as_str() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
        for code in FieldErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn error_body_round_trips_and_omits_empty_fields() {
        let err = ApiError::new(ErrorCode::InvalidCredentials);
        let json = serde_json::to_value(&err).unwrap();
        assert!(json.get("fields").is_none());
        let back: ApiError = serde_json::from_value(json).unwrap();
        assert_eq!(back, err);
        assert_eq!(err.code.message_id(), "error-invalid-credentials");
        assert_eq!(err.code.http_status(), 401);
    }
}
