//! The company's own settings (`/api/company/settings`, Administrators).

use espace_api::company::{CompanySettings, CompanySettingsRequest};

use super::client::{self, ApiResult};

pub async fn settings() -> ApiResult<CompanySettings> {
    client::get("/api/company/settings").await
}

pub async fn save(request: CompanySettingsRequest) -> ApiResult<CompanySettings> {
    client::send(client::Method::PUT, "/api/company/settings", &request).await
}
