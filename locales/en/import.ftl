# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Adding many users at once (Users > Import): lines to fill in or a spreadsheet, the preview
### that checks them, the import and its report; also the templates and the report the server
### writes as files.

import-title = Import users
import-intro = Add several people at once: fill in one line per person, or upload a spreadsheet. Nobody is created before you confirm, after a preview.
import-tabs-label = How to add them
import-tab-lines = Fill in lines
import-tab-file = Upload a file

## The columns: in the lines, the preview, and the headers of the templates, exports and reports.

import-col-first-name = First name
import-col-last-name = Last name
import-col-email = Sign-in e-mail
import-col-notification-email = Notification e-mail
import-col-role = Role
import-col-entity = Entity
import-col-language = Language
import-col-services = Services

## Lines to fill in

import-lines-intro = One line per person. Press Enter in a cell to add a new line; Tab moves to the next cell.
import-grid-caption = People to add
# The header of the column of line numbers.
import-col-line = Line
# The header of the column of remove buttons, read by screen readers only.
import-col-remove = Remove
# The name screen readers give a cell: “First name, line 3”.
# Variables:
#   $column (String) - the column’s header, e.g. “First name”
#   $line (Number) - the line’s number, from 1
import-cell-label = { $column }, line { $line }
# The name screen readers give a service’s checkbox on a line.
# Variables:
#   $service (String) - the service’s name, e.g. “Microsoft 365”
#   $column (String) - the column’s header, “Services”
#   $line (Number) - the line’s number, from 1
import-service-label = { $service } ({ $column }, line { $line })
# Variables:
#   $count (Number) - how many services are ticked on the line
import-services-chosen = { NUMBER($count) ->
    [0] None
    [one] { $count } service
   *[other] { $count } services
}
import-services-none-offered = Your company has no services to assign.
# Variables:
#   $line (Number) - the line’s number, from 1
import-remove-line = Remove line { $line }
import-add-line = Add a new line
import-lines-check = Check the lines
import-lines-empty = Fill in at least one line.
# Variables:
#   $count (Number) - how many cells have an error
import-lines-invalid = { NUMBER($count) ->
    [one] One cell needs your attention: see the message under it.
   *[other] { $count } cells need your attention: see the messages under them.
}
import-checking = Checking…

## A spreadsheet

import-file-intro = Upload an Excel file (.xlsx) or a CSV file: one person per row, under a row of headers. The headers may be in French or English, in any order.
import-file-drop = Drag and drop the file here, or choose it:
import-file-label = Spreadsheet (.csv or .xlsx)
# Variables:
#   $rows (Number) - the most rows a file may hold (10,000)
#   $size (Number) - the largest file size, in megabytes (5)
import-file-limits = At most { $rows } rows and { $size } MB per file.
# Variables:
#   $size (Number) - the largest file size, in megabytes (5)
import-file-too-large = This file is larger than { $size } MB. Split it into smaller files, then upload them one by one.
# Variables:
#   $name (String) - the file’s name
import-file-reading = Reading { $name }…
import-templates-title = Templates
import-templates-intro = A file to fill in, with the expected headers, an example line and the list of services.
import-template-csv = Download the CSV template
import-template-xlsx = Download the Excel template
# The templates’ example person: first name, last name and e-mail address.
import-template-example-first-name = Jane
import-template-example-last-name = Doe
import-template-example-email = jane.doe@example.com
# The names of the Excel template’s sheets: the people to fill in, then the values allowed.
import-template-sheet-people = People
import-template-sheet-choices = Allowed values

## The preview

import-preview-title = Preview
import-preview-intro = Nobody is created yet. Fix the rows with errors in place, then check again.
import-start-over = Start over
import-preview-caption = Rows to import
import-preview-empty = No row to show.
import-col-row = Row
import-col-status = Status
# The name screen readers give a cell of the preview: “Login e-mail, row 7”.
# Variables:
#   $column (String) - the column’s header
#   $line (Number) - the row’s number in the file (its header is row 1), or the line’s number
import-cell-row-label = { $column }, row { $line }
# Variables:
#   $line (Number) - the row’s number in the file (its header is row 1), or the line’s number
import-row-number = Row { $line }
import-status-ready = Ready
import-status-error = Error
import-status-exists = Already exists
# A row changed in the preview and not checked again yet.
import-status-changed = To check
# Variables:
#   $count (Number) - rows ready to import
import-summary-ready = { $count } ready
# Variables:
#   $count (Number) - rows with errors
import-summary-errors = { NUMBER($count) ->
    [one] { $count } error
   *[other] { $count } errors
}
# Variables:
#   $count (Number) - rows whose login e-mail is already someone’s
import-summary-existing = { NUMBER($count) ->
    [one] { $count } already exists
   *[other] { $count } already exist
}
# Variables:
#   $count (Number) - rows changed since the last check
import-summary-changed = { $count } changed, to check again
import-seats-title = Seats
# Variables:
#   $service (String) - the service’s name, e.g. “Microsoft 365”
#   $requested (Number) - seats the rows ask for
#   $left (Number) - seats still free
import-seats-line = { $service }: { $requested } requested, { $left } left
import-seats-short = Not enough seats
import-filter-label = Show
import-filter-all = All rows
import-filter-errors = Rows with errors
import-filter-exists = Rows that already exist
import-filter-ready = Ready rows
import-check-again = Check again
import-changed-hint = Some rows changed: check them again before importing.
import-pages-label = Pages of rows
import-previous = Previous
import-next = Next
# Variables:
#   $page (Number) - the current page
#   $pages (Number) - how many pages there are
import-page-of = Page { $page } of { $pages }

## The import

import-commit-title = Import
import-send-activation = Send activation e-mails
import-send-activation-hint = Each new user receives an e-mail with a link to choose a password. Without it, accounts stay “Not activated” until an administrator activates them.
# Rows with errors and people who already exist are left out.
# Variables:
#   $count (Number) - rows ready to import
import-commit = { NUMBER($count) ->
    [0] Import the ready rows
    [one] Import the ready row
   *[other] Import the { $count } ready rows
}
import-nothing-ready = No row is ready yet: fix the errors, then check again.
import-commit-retry = Try again
import-commit-retry-hint = Rows already imported will not be created twice.
import-progress-label = Import progress
# Variables:
#   $done (Number) - rows sent so far
#   $total (Number) - rows to import
import-progress = { $done } of { $total }

## The report

import-done-title = Import finished
# Variables:
#   $count (Number) - users created
import-done-created = { NUMBER($count) ->
    [0] Nobody was created.
    [one] { $count } user created.
   *[other] { $count } users created.
}
import-done-invited = They received an activation e-mail.
import-done-not-invited = Their accounts are not activated yet: activate them from the users list when you are ready.
# Variables:
#   $count (Number) - rows the import skipped
import-done-skipped = { NUMBER($count) ->
    [0] No row skipped.
    [one] { $count } row skipped.
   *[other] { $count } rows skipped.
}
import-done-skipped-caption = Rows skipped, and why
# Variables:
#   $count (Number) - skipped rows not listed on the page
import-done-more = { NUMBER($count) ->
    [one] { $count } more skipped row is in the report to download.
   *[other] { $count } more skipped rows are in the report to download.
}
# Variables:
#   $count (Number) - rows of the preview not sent: with errors, or people who already exist
import-done-left-out = { NUMBER($count) ->
    [one] { $count } row of the preview was not sent (an error, or someone who already exists).
   *[other] { $count } rows of the preview were not sent (errors, or people who already exist).
}
import-done-download = Download the report (CSV)
import-done-back = Back to the users list
import-done-again = Import more users

## The report as CSV, written by the server: its headers, results and reasons (also on the page).

import-report-row = Row
import-report-email = Sign-in e-mail
import-report-result = Result
import-report-reasons = Reasons
import-report-created = Created
import-report-exists = Already exists
import-report-error = Not created: error
# Why a row was skipped: the column, and what is wrong with its cell.
# Variables:
#   $column (String) - the column’s header, e.g. “Login e-mail”
#   $message (String) - what is wrong, e.g. “This e-mail address is already used.”
import-report-reason = { $column }: { $message }

## Rows that name no entity

# Variables:
#   $count (Number) - how many rows name no entity
import-missing-entity-title = { NUMBER($count) ->
    [one] One row names no entity
   *[other] { $count } rows name no entity
}
import-missing-entity-label = Entity for these rows
import-missing-entity-choose = Choose an entity
import-missing-entity-apply = Apply and check again
