// Parameters of one DocScan deployment; infra/README.md says what each one means. The values below
// are the template's defaults, spelled out so an agency can review and change them in one place.
using 'main.bicep'

// The API's Entra ID app registration, taken from the environment so no tenant's IDs are committed.
param apiClientId = readEnvironmentVariable('DOCSCAN_API_CLIENT_ID')

param baseName = 'docscan'
param functionsRuntimeVersion = '10.0'
// The first deployment runs with DOCSCAN_SUBSCRIBE_EVENTS=false: Event Grid validates the webhook
// when the subscription is created, so the Functions app must be published before it exists.
param subscribeOutboundEvents = toLower(readEnvironmentVariable('DOCSCAN_SUBSCRIBE_EVENTS', 'true')) != 'false'
param dataStorageSku = 'Standard_LRS'
param softDeleteRetentionDays = 30
param versionRetentionDays = 180
param reportRetentionDays = 365
param auditRetentionDays = 1825
param logRetentionDays = 90
param enableKeyVault = false
param enableLanguage = false
