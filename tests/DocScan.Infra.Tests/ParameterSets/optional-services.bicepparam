// The deployment with both optional services switched on, for the tests that check they appear
// (and get their roles) only when asked for. Not an example to deploy: the client ID is made up.
using '../../../infra/main.bicep'

param apiClientId = '5f1c9a7e-3b2d-4c8e-9f10-2a3b4c5d6e7f'
param enableKeyVault = true
param enableLanguage = true
