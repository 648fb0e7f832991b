metadata description = 'A storage account hardened the DocScan way: Entra ID only, HTTPS and TLS 1.2, nothing public, deletes recoverable.'

@description('Globally unique account name: 3-24 lowercase letters and digits.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the account.')
param location string

@description('Tags applied to the account.')
param tags object

@description('Replication. Geo-replication copies a ransomware overwrite too; versioning and soft delete are what undo it.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param skuName string

@description('Containers to create. None is public.')
param containerNames string[]

@description('Keep every overwritten or deleted blob as a previous version. Off only for the runtime\'s own account, whose lease blobs change constantly.')
param versioning bool

@description('Days a deleted blob or container can still be undeleted.')
@minValue(2)
@maxValue(365)
param softDeleteRetentionDays int

@description('Allow point-in-time restore of block blobs (needs versioning); its window is one day shorter than soft delete, as the platform requires.')
param pointInTimeRestore bool = false

@description('Container that gets a time-based WORM policy; empty for none.')
param wormContainerName string = ''

@description('Days each blob in the WORM container stays unmodifiable and undeletable.')
@minValue(1)
@maxValue(146000)
param wormRetentionDays int = 1

@description('Lifecycle management rules (Microsoft.Storage managementPolicies rule objects); empty for none.')
param lifecycleRules array = []

@description('Log Analytics workspace (same resource group) that receives blob read/write/delete logs; empty for none.')
param logAnalyticsWorkspaceName string = ''

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    // No account keys and no SAS signed with them: every caller is an Entra identity, so every
    // access is attributable (seed case 1: record who looked at what) and a leaked key cannot exist.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // Seed case 5 (ransomware): an attacker holding a write identity encrypts or deletes documents.
    // With versioning every overwrite leaves the previous version, and with soft delete every delete
    // can be undone for softDeleteRetentionDays. The application's identity cannot delete versions
    // or purge soft-deleted data (see document-operator-role.bicep), so recovery survives it.
    isVersioningEnabled: versioning
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
      allowPermanentDelete: false
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    changeFeed: pointInTimeRestore
      ? {
          enabled: true
          retentionInDays: softDeleteRetentionDays
        }
      : {
          enabled: false
        }
    restorePolicy: pointInTimeRestore
      ? {
          enabled: true
          days: softDeleteRetentionDays - 1
        }
      : {
          enabled: false
        }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource wormContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = if (!empty(wormContainerName)) {
  parent: blobService
  name: wormContainerName
}

// The audit trail must outlive whoever it incriminates: nobody, not even an account owner, can
// change or delete a blob before the period ends. Append writes stay allowed so the log can grow.
// The policy is created unlocked; locking it is a one-way decision the agency takes (see README).
resource wormPolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-01-01' = if (!empty(wormContainerName)) {
  parent: wormContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: wormRetentionDays
    allowProtectedAppendWrites: true
  }
  dependsOn: [
    containers
  ]
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = if (!empty(lifecycleRules)) {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: lifecycleRules
    }
  }
  dependsOn: [
    containers
  ]
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' existing = if (!empty(logAnalyticsWorkspaceName)) {
  name: logAnalyticsWorkspaceName
}

// Data-plane logs answer "who read this document, when": the seed's countermeasure for cases 1, 2 and 4.
resource blobLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(logAnalyticsWorkspaceName)) {
  scope: blobService
  name: 'blob-access-to-log-analytics'
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        category: 'StorageRead'
        enabled: true
      }
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
