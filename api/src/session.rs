use serde::{Deserialize, Serialize};

use crate::fields::Fields;
use crate::users::Role;
use crate::validation::{self, Limits};
use crate::{FieldError, Language};

crate::fields! {
    /// The sign-in form's fields: the e-mail, the password, then the second step's code
    /// (`second_step::CodeRequest`, whose field has the same name).
    pub enum SignInField {
        Email = "email",
        Password = "password",
        Code = "code",
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
}

impl SignInRequest {
    /// Only shape is checked here: whether the pair is right is the server's secret.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, SignInField::Email.name(), validation::email(&self.email));
        // Taken as typed: "  secret  " is not "secret".
        validation::check(
            &mut errors,
            SignInField::Password.name(),
            validation::bounded(&self.password, Limits::PASSWORD_MAX),
        );
        errors
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub user: MeUser,
    pub company: MeCompany,
    /// The accepted privacy policy, if any.
    #[serde(default)]
    pub consent: Option<crate::links::Consent>,
    /// True until the current policy version is accepted: nothing else is reachable.
    #[serde(default)]
    pub consent_required: bool,
    /// How long activation links work, in hours (a server setting the app's messages name).
    #[serde(default)]
    pub activation_hours: i64,
    /// True until the person sets up the second sign-in step their company requires of them:
    /// nothing else is reachable (after the privacy policy).
    #[serde(default)]
    pub second_step_required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeUser {
    pub id: crate::UserId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    /// A team administrator's entities (empty for other levels).
    #[serde(default)]
    pub scope: Vec<crate::entities::EntityRef>,
    pub language: Language,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeCompany {
    pub id: crate::CompanyId,
    pub name: String,
    pub language: Language,
    pub sso_enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
}

/// `PATCH /api/me`: the person's own settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateMeRequest {
    pub language: Language,
}

crate::fields! {
    /// The change-password form's fields.
    pub enum PasswordField {
        Current = "current",
        New = "new",
    }
}

/// `POST /api/me/password`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePasswordRequest {
    pub current: String,
    pub new: String,
}

impl ChangePasswordRequest {
    /// The current password's shape only; the new one follows `password::broken_rules`.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(
            &mut errors,
            PasswordField::Current.name(),
            validation::bounded(&self.current, Limits::PASSWORD_MAX),
        );
        errors
    }
}

crate::fields! {
    /// The change-of-sign-in-e-mail form's fields.
    pub enum EmailChangeField {
        Email = "email",
        Password = "password",
    }
}

/// `POST /api/me/email`: a new sign-in e-mail, applied once a link sent to it is used. The
/// current password proves it is the person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeEmailRequest {
    pub email: String,
    pub password: String,
}

impl ChangeEmailRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, EmailChangeField::Email.name(), validation::email(&self.email));
        validation::check(
            &mut errors,
            EmailChangeField::Password.name(),
            validation::bounded(&self.password, Limits::PASSWORD_MAX),
        );
        errors
    }
}

/// `POST /api/me/email/confirm`: the token of the link sent to the new address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmEmailRequest {
    pub token: String,
}
