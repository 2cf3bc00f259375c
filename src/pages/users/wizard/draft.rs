//! The wizard's answers, kept in sessionStorage after every change: a reload, a wrong click
//! or a failed request never loses them. Cleared after Finish or Cancel.

use espace_api::users::{CreateUserRequest, Role};
use espace_api::{EntityId, Language, ServiceId};
use serde::{Deserialize, Serialize};

const KEY: &str = "espace-add-user-draft";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    #[default]
    Identity,
    Services,
    Options,
    Summary,
}

impl Step {
    pub fn key(self) -> &'static str {
        match self {
            Step::Identity => "identity",
            Step::Services => "services",
            Step::Options => "options",
            Step::Summary => "summary",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub step: Step,
    pub first_name: String,
    pub last_name: String,
    pub role: Option<Role>,
    /// The entity the person belongs to.
    #[serde(default)]
    pub entity_id: Option<EntityId>,
    /// A team administrator's entities; kept while another level is chosen, sent only with
    /// Team administrator.
    #[serde(default)]
    pub scope: Vec<EntityId>,
    pub email: String,
    pub notification_email: String,
    pub language: Language,
    pub assign_services: bool,
    pub service_ids: Vec<ServiceId>,
    pub send_activation: bool,
    /// One per wizard: Finish twice, or a retry after a timeout, creates one user.
    pub idempotency_key: String,
}

impl Draft {
    pub fn new(language: Language) -> Draft {
        Draft {
            step: Step::Identity,
            first_name: String::new(),
            last_name: String::new(),
            role: None,
            entity_id: None,
            scope: Vec::new(),
            email: String::new(),
            notification_email: String::new(),
            language,
            assign_services: false,
            service_ids: Vec::new(),
            send_activation: true,
            idempotency_key: crate::api::client::idempotency_key(),
        }
    }

    /// Steps shown: Services only when the box to assign services is ticked.
    pub fn steps(&self) -> Vec<Step> {
        let mut steps = vec![Step::Identity];
        if self.assign_services {
            steps.push(Step::Services);
        }
        steps.extend([Step::Options, Step::Summary]);
        steps
    }

    pub fn next(&self) -> Step {
        let steps = self.steps();
        let i = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        steps.get(i + 1).copied().unwrap_or(Step::Summary)
    }

    pub fn previous(&self) -> Step {
        let steps = self.steps();
        let i = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        steps[i.saturating_sub(1)]
    }

    pub fn request(&self) -> CreateUserRequest {
        CreateUserRequest {
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            role: self.role,
            entity_id: self.entity_id,
            scope: if self.role == Some(Role::TeamAdmin) { self.scope.clone() } else { Vec::new() },
            email: self.email.clone(),
            notification_email: self.notification_email.clone(),
            language: self.language,
            service_ids: if self.assign_services { self.service_ids.clone() } else { Vec::new() },
            send_activation: self.send_activation,
            idempotency_key: self.idempotency_key.clone(),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.first_name.is_empty() && self.last_name.is_empty() && self.email.is_empty() && self.role.is_none()
    }
}

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().session_storage().ok().flatten()
}

pub fn load() -> Option<Draft> {
    let text = storage()?.get_item(KEY).ok()??;
    serde_json::from_str(&text).ok()
}

pub fn save(draft: &Draft) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(draft)) {
        let _ = storage.set_item(KEY, &text);
    }
}

pub fn clear() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}
