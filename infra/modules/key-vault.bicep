metadata description = 'Optional Key Vault for secrets DocScan may need later (e.g. an agency rules-file signing key). RBAC only; deletes recoverable.'

@description('Azure region.')
param location string

@description('Tags applied to the vault.')
param tags object

@description('Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access through Azure RBAC roles, like the storage accounts, not vault access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A deleted secret cannot be purged before its retention ends, not even by an administrator.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
