//! The provider's catalogue and each company's orders. A company's seats of a service are the
//! sum of its orders current today, read by the same query the users page, the wizard and the
//! import use (`store::orders::SEATS_TODAY`): an operator's change is what administrators see
//! next. Lowering today's seats below those held is refused with the number to free; an order
//! set to end later is allowed, and the administrators are told beforehand (`tell_endings`).

use espace_api::catalogue::{
    CompanyDetail, CompanyRename, CompanyService, NewOrder, Order, OrderChange, OrderField, ProviderService,
    ProviderServiceField, ProviderServiceRequest,
};
use espace_api::fields::Fields as _;
use espace_api::mail::EmailKind;
use espace_api::operator::OperatorAction;
use espace_api::{CompanyId, FieldError, FieldErrorCode, UserId};

use crate::error::AppError;
use crate::mail::{self, render};
use crate::state::AppState;
use crate::store::operators::{Entry, Operator};
use crate::store::{self, Conn};

/// Administrators are told this many days before an order's last day.
pub const ENDING_NOTICE_DAYS: i64 = 14;

pub async fn catalogue(state: &AppState) -> Result<Vec<ProviderService>, AppError> {
    Ok(store::catalogue::list(&mut *state.pool.acquire().await?).await?)
}

/// Adds a service to the catalogue (`id: None`) or changes one; its English name is its key.
pub async fn save_service(
    state: &AppState,
    operator: &Operator,
    id: Option<i64>,
    req: &ProviderServiceRequest,
) -> Result<ProviderService, AppError> {
    AppError::check(req.validate())?;
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    if store::catalogue::name_taken(&mut tx, req.name_en.trim(), id).await? {
        return Err(AppError::field(ProviderServiceField::NameEn.name(), FieldErrorCode::Taken));
    }
    let (id, action) = match id {
        Some(id) if store::catalogue::update(&mut tx, id, req).await? => (id, OperatorAction::ServiceChanged),
        Some(_) => return Err(AppError::NotFound),
        None => (store::catalogue::insert(&mut tx, req, now).await?, OperatorAction::ServiceAdded),
    };
    let entry = Entry::new(action, (None, "")).about(req.name_en.trim());
    store::operators::record(&mut tx, Some(operator), entry, now).await?;
    let saved = store::catalogue::by_id(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(saved)
}

/// The company, and each service it ordered with its seats today and its orders.
pub async fn company(state: &AppState, company_id: CompanyId) -> Result<CompanyDetail, AppError> {
    let mut conn = state.pool.acquire().await?;
    detail(&mut conn, company_id).await
}

async fn detail(conn: &mut Conn, company_id: CompanyId) -> Result<CompanyDetail, AppError> {
    let company = store::operators::company(conn, company_id).await?.ok_or(AppError::NotFound)?;
    let today = store::day_of(store::now());
    let held = store::orders::held(conn, company_id, &today).await?;
    let orders = store::orders::of_company(conn, company_id).await?;
    let catalogue = store::catalogue::list(conn).await?;
    let services = held
        .into_iter()
        .filter_map(|h| {
            let service = catalogue.iter().find(|s| s.id == h.provider_service_id)?.clone();
            let orders: Vec<Order> = orders.iter().filter(|o| o.service_id == service.id).cloned().collect();
            Some(CompanyService { service, seats_total: h.seats_total, seats_used: h.seats_used, orders })
        })
        .collect();
    Ok(CompanyDetail { company, services })
}

pub async fn rename(
    state: &AppState,
    operator: &Operator,
    company_id: CompanyId,
    req: &CompanyRename,
) -> Result<CompanyDetail, AppError> {
    AppError::check(req.validate())?;
    let name = req.name.trim();
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Company(company_id)).await?;
    let (former, _) = store::operators::company_status(&mut tx, company_id).await?.ok_or(AppError::NotFound)?;
    if former != name {
        store::operators::rename_company(&mut tx, company_id, name).await?;
        let entry = Entry::new(OperatorAction::CompanyRenamed, (Some(company_id), name)).about(&former);
        store::operators::record(&mut tx, Some(operator), entry, now).await?;
    }
    let detail = detail(&mut tx, company_id).await?;
    tx.commit().await?;
    Ok(detail)
}

/// A new order; the company gets the service (named in its language) if it had not.
pub async fn place(
    state: &AppState,
    operator: &Operator,
    company_id: CompanyId,
    req: &NewOrder,
) -> Result<CompanyDetail, AppError> {
    AppError::check(req.validate())?;
    let now = store::now();
    let today = store::day_of(now);
    let starts_on = req.starts_on.clone().unwrap_or_else(|| today.clone());
    if req.ends_on.as_deref().is_some_and(|end| end < starts_on.as_str()) {
        return Err(AppError::field(OrderField::EndsOn.name(), FieldErrorCode::InvalidDate));
    }
    let mut tx = store::write(&state.pool, store::Lock::Company(company_id)).await?;
    let company = store::operators::company(&mut tx, company_id).await?.ok_or(AppError::NotFound)?;
    let service = store::catalogue::by_id(&mut tx, req.service_id)
        .await?
        .ok_or_else(|| AppError::field(OrderField::ServiceId.name(), FieldErrorCode::Unknown))?;
    let service_id =
        store::orders::company_service(&mut tx, company_id, service.id, service.name(company.language)).await?;
    let order = store::orders::NewOrder {
        company_id,
        service_id,
        seats: i64::from(req.seats),
        starts_on: &starts_on,
        ends_on: req.ends_on.as_deref(),
        now,
    };
    store::orders::insert(&mut tx, &order).await?;
    let about = format!("{} × {}", service.name_en, req.seats);
    let entry = Entry::new(OperatorAction::OrderPlaced, (Some(company_id), &company.name)).about(&about);
    store::operators::record(&mut tx, Some(operator), entry, now).await?;
    let detail = detail(&mut tx, company_id).await?;
    tx.commit().await?;
    Ok(detail)
}

/// New seats or a new last day for an order. Refused when today's seats of its service would
/// fall below those held: the error names how many to free.
pub async fn change(
    state: &AppState,
    operator: &Operator,
    company_id: CompanyId,
    order_id: i64,
    req: &OrderChange,
) -> Result<CompanyDetail, AppError> {
    let now = store::now();
    let today = store::day_of(now);
    let mut tx = store::write(&state.pool, store::Lock::Company(company_id)).await?;
    let company = store::operators::company(&mut tx, company_id).await?.ok_or(AppError::NotFound)?;
    let (service_id, order) = store::orders::by_id(&mut tx, company_id, order_id).await?.ok_or(AppError::NotFound)?;
    AppError::check(req.validate(&order.starts_on))?;
    let (before, held) = store::orders::seats_on(&mut tx, service_id, &today).await?;
    store::orders::update(&mut tx, order_id, i64::from(req.seats), req.ends_on.as_deref()).await?;
    let (after, _) = store::orders::seats_on(&mut tx, service_id, &today).await?;
    if after < before && after < held {
        // Nothing is written: the transaction goes back when dropped.
        let field = if i64::from(req.seats) < order.seats { OrderField::Seats } else { OrderField::EndsOn };
        let to_free = u32::try_from(held - after).unwrap_or(u32::MAX);
        return Err(AppError::Validation(vec![FieldError {
            field: field.name().to_owned(),
            code: FieldErrorCode::SeatsInUse,
            max: Some(to_free),
        }]));
    }
    let service = store::catalogue::by_id(&mut tx, order.service_id).await?.map(|s| s.name_en).unwrap_or_default();
    let about = match &req.ends_on {
        Some(end) => format!("{service} × {} → {end}", req.seats),
        None => format!("{service} × {}", req.seats),
    };
    let entry = Entry::new(OperatorAction::OrderChanged, (Some(company_id), &company.name)).about(&about);
    store::operators::record(&mut tx, Some(operator), entry, now).await?;
    let detail = detail(&mut tx, company_id).await?;
    tx.commit().await?;
    Ok(detail)
}

/// E-mails the administrators of each active company about its orders that end within
/// `ENDING_NOTICE_DAYS`, once per order (again if its last day changes). Run by the hourly job.
pub async fn tell_endings(state: &AppState, now: i64) -> Result<usize, AppError> {
    let today = store::day_of(now);
    let until = store::day_of(now + ENDING_NOTICE_DAYS * store::DAY_SECS);
    let mut told = 0;
    loop {
        let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
        let due = store::orders::ending(&mut tx, &today, &until, 50).await?;
        if due.is_empty() {
            break;
        }
        for order in &due {
            mail::to_admins(&mut tx, order.company_id, UserId(0), EmailKind::OrderEnding, |admin| {
                render::order_ending(
                    admin.language,
                    &admin.company_name,
                    &admin.first_name,
                    &order.service,
                    order.seats,
                    &order.ends_on,
                )
            })
            .await?;
            store::orders::mark_told(&mut tx, order.id, now).await?;
            tracing::info!(company = %order.company_id, order = order.id, service = %order.service_id, "order ending told");
        }
        tx.commit().await?;
        told += due.len();
    }
    Ok(told)
}
