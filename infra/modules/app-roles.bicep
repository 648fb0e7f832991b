metadata description = 'Every role the Function App identity holds, in one place, each scoped to the one resource it is needed on.'

@description('Function App whose system-assigned identity receives the roles.')
param appName string

@description('Account that holds the Functions host state and the deployment package.')
param hostStorageAccountName string

@description('Account that holds the documents, reports and audit log.')
param dataStorageAccountName string

@description('GUID naming the DocScan Document Operator custom role (document-operator-role.bicep).')
param documentOperatorRoleName string

@description('Application Insights component the app sends telemetry to.')
param appInsightsName string

@description('Key Vault the app reads secrets from; empty when there is none.')
param keyVaultName string

@description('Azure AI Language account the app calls; empty when there is none.')
param languageAccountName string

@description('Container registry the app pulls its OCR image from; empty when it runs the code package.')
param containerRegistryName string

// Built-in role definition IDs (the same in every tenant).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var cognitiveServicesUser = 'a97b65f3-24c7-4388-baec-2e87135dc908'
var acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

// Role definitions live at subscription level whatever scope deployed them; assignments refer to that id.
var documentOperatorRoleId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', documentOperatorRoleName)

// The host account: the Functions host needs Blob Data Owner on its own storage (leases, keys,
// blob receipts, the deployment package) and queues for the blob trigger's bookkeeping. It holds
// no documents, so Owner here exposes none. Storage Account Contributor, which the Functions docs
// also list for host storage, is deliberately absent: it can list account keys.
var hostRoles = [
  storageBlobDataOwner
  storageQueueDataContributor
]

// The document account: blobs through the custom role (no version deletion, no purge, no
// immutability bypass), the blob trigger's poison queue, and the tables DocScan.Storage keeps.
var dataBuiltInRoles = [
  storageQueueDataContributor
  storageTableDataContributor
]

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: appName
}

var principalId = app.identity.principalId

resource hostStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: hostStorageAccountName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: dataStorageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' existing = if (!empty(keyVaultName)) {
  name: keyVaultName
}

resource language 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = if (!empty(languageAccountName)) {
  name: languageAccountName
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (!empty(containerRegistryName)) {
  name: containerRegistryName
}

resource hostGrants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in hostRoles: {
    scope: hostStorage
    name: guid(hostStorage.id, app.id, roleId)
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource documentGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: dataStorage
  name: guid(dataStorage.id, app.id, documentOperatorRoleId)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: documentOperatorRoleId
  }
}

resource dataGrants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in dataBuiltInRoles: {
    scope: dataStorage
    name: guid(dataStorage.id, app.id, roleId)
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource telemetryGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: appInsights
  name: guid(appInsights.id, app.id, monitoringMetricsPublisher)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}

resource secretsGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(keyVaultName)) {
  scope: keyVault
  name: guid(keyVault.id, app.id, keyVaultSecretsUser)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

resource languageGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(languageAccountName)) {
  scope: language
  name: guid(language.id, app.id, cognitiveServicesUser)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUser)
  }
}

// The OCR container image is pulled with the app's identity: no registry password in the settings.
resource registryGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(containerRegistryName)) {
  scope: registry
  name: guid(registry.id, app.id, acrPull)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
  }
}
