metadata description = 'The DocScan Function App: the code package on the Flex Consumption plan, or the OCR container image on an Elastic Premium plan; .NET isolated worker, system-assigned identity, no stored secrets.'

@description('Azure region.')
param location string

@description('Tags applied to the plan and the app.')
param tags object

@description('Flex Consumption plan name.')
param planName string

@description('Function App name; also its host name <name>.azurewebsites.net.')
param appName string

@description('dotnet-isolated runtime version.')
param runtimeVersion string

@description('Upper bound of instances the plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Storage account the Functions host keeps its state in (AzureWebJobsStorage) and the deployment package in.')
param hostStorageAccountName string

@description('Container in the host storage account that holds the deployment package.')
param deploymentContainerName string

@description('Storage account holding the documents, reports and audit log.')
param dataStorageAccountName string

@description('Name of the connection the blob trigger and DocScan.Storage use; settings are <name>__blobServiceUri and so on.')
param dataConnectionName string

@description('Application Insights component the app reports to.')
param appInsightsName string

@description('Container image with Tesseract (functions/Dockerfile); empty: the code package on Flex Consumption, without OCR.')
param containerImage string

@description('Elastic Premium size for the container image.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param premiumPlanSku string

@description('Further app settings (name to value), e.g. the optional Key Vault and Language endpoints. Never secrets.')
param extraAppSettings object

resource hostStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: hostStorageAccountName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: dataStorageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// Flex Consumption runs code packages only: Tesseract cannot be installed there. The OCR image runs
// on Elastic Premium, which keeps scale-out on events and runs Linux containers.
var container = !empty(containerImage)

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: container ? 'elastic' : 'functionapp'
  sku: container
    ? {
        tier: 'ElasticPremium'
        name: premiumPlanSku
      }
    : {
        tier: 'FlexConsumption'
        name: 'FC1'
      }
  properties: container
    ? {
        reserved: true
        maximumElasticWorkerCount: min(maximumInstanceCount, 100)
      }
    : {
        reserved: true
      }
}

// Identity-based connections only: an account name or service URIs plus "managedidentity", never a
// connection string with an account key (the accounts refuse shared keys anyway).
var baseAppSettings = [
  {
    name: 'AzureWebJobsStorage__accountName'
    value: hostStorage.name
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: '${dataConnectionName}__blobServiceUri'
    value: dataStorage.properties.primaryEndpoints.blob
  }
  {
    name: '${dataConnectionName}__queueServiceUri'
    value: dataStorage.properties.primaryEndpoints.queue
  }
  {
    name: '${dataConnectionName}__tableServiceUri'
    value: dataStorage.properties.primaryEndpoints.table
  }
  {
    name: '${dataConnectionName}__credential'
    value: 'managedidentity'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  {
    // Telemetry is sent with the app's Entra token; the component refuses key-only ingestion.
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'Authorization=AAD'
  }
]

// A container names its runtime in settings; a Flex Consumption app in functionAppConfig.
var containerAppSettings = container
  ? [
      {
        name: 'FUNCTIONS_EXTENSION_VERSION'
        value: '~4'
      }
      {
        name: 'FUNCTIONS_WORKER_RUNTIME'
        value: 'dotnet-isolated'
      }
      {
        name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
        value: 'false'
      }
    ]
  : []

var extraSettingList = [
  for setting in items(extraAppSettings): {
    name: setting.key
    value: setting.value
  }
]

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: union(siteProperties, container ? {} : { functionAppConfig: flexConfig })
}

var siteProperties = {
  serverFarmId: plan.id
  httpsOnly: true
  clientCertEnabled: false
  siteConfig: union(
    {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [...baseAppSettings, ...containerAppSettings, ...extraSettingList]
    },
    container
      ? {
          linuxFxVersion: 'DOCKER|${containerImage}'
          acrUseManagedIdentityCreds: true
        }
      : {}
  )
}

var flexConfig = {
  deployment: {
    storage: {
      type: 'blobContainer'
      value: '${hostStorage.properties.primaryEndpoints.blob}${deploymentContainerName}'
      authentication: {
        type: 'SystemAssignedIdentity'
      }
    }
  }
  scaleAndConcurrency: {
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  runtime: {
    name: 'dotnet-isolated'
    version: runtimeVersion
  }
}

// Publishing with a user name and password would bypass Entra ID; deployments use the caller's token.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = app.name
output principalId string = app.identity.principalId
