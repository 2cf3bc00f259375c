use espace_api::services::MySpace;

use super::client::{self, ApiResult};

pub async fn my_space() -> ApiResult<MySpace> {
    client::get("/api/space").await
}
