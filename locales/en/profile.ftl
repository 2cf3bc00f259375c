## The signed-in person's profile.

profile-title = My profile
profile-name = Name
profile-email = Sign-in e-mail
profile-role = Role
profile-company = Company
profile-language = Language of e-mails
role-user = User
role-admin = Administrator
